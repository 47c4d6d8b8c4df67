import { AppError } from '../../../shared/api/errors'
import { OpSchema } from '../../../shared/model/syncFile'
import type { Op } from '../op'
import { describeIssue } from './manifest'
import { isWellFormedOp } from './opCheck'
import { invalid } from './zipEntries'

const utf8 = new TextDecoder()

/** Where a file's ops go as they are read, one at a time (a list in memory, or a spool on disk). */
export interface OpSink {
  /** Takes one op that passed its schema; throws an AppError to refuse the file. */
  add(op: Op, where: string): void
  /** After the last op: the checks that need all of them. */
  finish(): void
}

/**
 * Reads one `ops/*.jsonl` entry as it inflates: splits its bytes into lines (a newline byte
 * never occurs inside a UTF-8 character), parses each line and hands it to `sink`. The first
 * problem is kept, not thrown, so the caller can check the entry's hash first: a damaged file is
 * reported as damaged, not by the line that the damage happened to break.
 */
export function createOpLineReader(path: string, sink: OpSink, counts: Map<string, number>) {
  let pending: Uint8Array[] = []
  let line = 0
  let problem: AppError | undefined
  const take = (bytes: Uint8Array): void => {
    line++
    if (problem || bytes.length === 0) return
    const where = `${path} line ${line}`
    try {
      const op = parseOp(utf8.decode(bytes), where)
      sink.add(op, where)
      counts.set(op.kind, (counts.get(op.kind) ?? 0) + 1)
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      problem = error
    }
  }
  return {
    push(chunk: Uint8Array): void {
      let start = 0
      for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
        const piece = chunk.subarray(start, nl)
        if (pending.length > 0) {
          take(Buffer.concat([...pending, piece]))
          pending = []
        } else take(piece)
        start = nl + 1
      }
      if (start < chunk.length) pending.push(chunk.slice(start))
    },
    /** After the entry's last byte (and its hash check): the first problem, if any. */
    end(): void {
      if (pending.length > 0) take(Buffer.concat(pending))
      pending = []
      if (problem) throw problem
    },
  }
}

/** Collects a file's ops in memory: clocks used once, and no record id used by two kinds. */
export function createOpCollector(): OpSink & { ops: Op[] } {
  const ops: Op[] = []
  const kindOfRecord = new Map<string, string>()
  const stamps = new Set<string>()
  return {
    ops,
    add(op, where) {
      if (stamps.has(op.hlc)) throw invalid(`${where}: clock ${op.hlc} is used twice`)
      stamps.add(op.hlc)
      const kind = kindOfRecord.get(op.record)
      if (kind !== undefined && kind !== op.kind) throw invalid(`${where}: record ${op.record} is both a ${kind} and a ${op.kind}`)
      kindOfRecord.set(op.record, op.kind)
      ops.push(op)
    },
    finish: () => undefined,
  }
}

function parseOp(line: string, where: string): Op {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch {
    throw invalid(`${where}: not valid JSON`)
  }
  if (isWellFormedOp(json)) return json
  const parsed = OpSchema.safeParse(json, { reportInput: true })
  if (!parsed.success) throw invalid(`${where}: ${describeIssue(parsed.error)}`)
  return parsed.data as Op
}

/** Counts by a key that may be any text (a kind name from a file): a Map, never an object's members. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}
