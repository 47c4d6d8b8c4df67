import { OpSchema } from '../../../shared/model/syncFile'
import type { Op } from '../op'
import { describeIssue } from './manifest'
import { isWellFormedOp } from './opCheck'
import { invalid } from './zipEntries'

const utf8 = new TextDecoder()

/**
 * Collects the ops of a file's `ops/*.jsonl` entries, one entry at a time: each line's schema,
 * clocks used once, and no record id used by two kinds.
 */
export function createOpCollector() {
  const ops: Op[] = []
  const kindOfRecord = new Map<string, string>()
  const stamps = new Set<string>()
  return {
    ops,
    add(path: string, bytes: Uint8Array): void {
      const lines = utf8.decode(bytes).split('\n')
      lines.forEach((line, index) => {
        if (line === '') return
        const where = `${path} line ${index + 1}`
        const op = parseOp(line, where)
        if (stamps.has(op.hlc)) throw invalid(`${where}: clock ${op.hlc} is used twice`)
        stamps.add(op.hlc)
        const kind = kindOfRecord.get(op.record)
        if (kind !== undefined && kind !== op.kind) throw invalid(`${where}: record ${op.record} is both a ${kind} and a ${op.kind}`)
        kindOfRecord.set(op.record, op.kind)
        ops.push(op)
      })
    },
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
