import { rmSync } from 'node:fs'
import { stagingFile } from '../attachments/attachmentStore'
import type { Db } from '../db/types'
import type { OpSink } from './file/readOps'
import { invalid } from './file/zipEntries'
import type { Op } from './op'

/** Ops written to the spool per transaction while the file is read. */
const OPS_PER_COMMIT = 5_000

/** One record of the file with its ops, in clock order. */
export interface SpooledRecord {
  kind: string
  record: string
  ops: Op[]
}

/**
 * A sync file's ops on disk while it is imported: a scratch SQLite file in the library folder
 * (beside the staged attachments, so it is as private as the library and removed with them
 * after a crash), attached to the library's connection as `spool` and read back record by
 * record. However many changes a file carries, the import holds one batch of records at a time.
 * The sink's checks need no memory per op either: a clock used twice hits the unique index,
 * and a record id of two kinds is one query at the end.
 */
export function createImportSpool(db: Db, dataDir: string) {
  const path = stagingFile(dataDir, 'ops.sqlite')
  db.prepare('ATTACH DATABASE ? AS spool').run(path)
  db.exec(`
    PRAGMA spool.journal_mode = OFF;
    PRAGMA spool.synchronous = OFF;
    PRAGMA spool.cache_size = -2048;
    CREATE TABLE spool.ops (kind TEXT NOT NULL, record TEXT NOT NULL, hlc TEXT NOT NULL, op TEXT NOT NULL, attachment TEXT, PRIMARY KEY (kind, record, hlc)) WITHOUT ROWID;
    CREATE UNIQUE INDEX spool.ops_hlc ON ops (hlc);
  `)
  const insert = db.prepare('INSERT INTO spool.ops (kind, record, hlc, op, attachment) VALUES (?, ?, ?, ?, ?)')
  const selectRecords = db.prepare<[string, string, number], { kind: string; record: string }>(
    'SELECT kind, record FROM spool.ops WHERE (kind, record) > (?, ?) GROUP BY kind, record ORDER BY kind, record LIMIT ?',
  )
  const selectOps = db.prepare<[string, string], { op: string }>('SELECT op FROM spool.ops WHERE kind = ? AND record = ? ORDER BY hlc')
  const selectAttachments = db.prepare<[string, string], { attachment: string }>(
    'SELECT attachment FROM spool.ops WHERE kind = ? AND record = ? AND attachment IS NOT NULL',
  )
  let pending = 0
  let first: string | undefined
  let last: string | undefined
  let open = true

  const commit = (): void => {
    if (pending > 0) db.exec('COMMIT')
    pending = 0
  }

  const sink: OpSink = {
    add(op, where) {
      if (pending === 0) db.exec('BEGIN')
      const attachment = op.change.type === 'add' && op.change.field === 'attachments' ? op.change.element.slice(0, 64) : null
      try {
        insert.run(op.kind, op.record, op.hlc, JSON.stringify(op), attachment)
      } catch (error) {
        if (String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT')) throw invalid(`${where}: clock ${op.hlc} is used twice`)
        throw error
      }
      if (first === undefined || op.hlc < first) first = op.hlc
      if (last === undefined || op.hlc > last) last = op.hlc
      if (++pending >= OPS_PER_COMMIT) commit()
    },
    finish() {
      commit()
      const clash = db
        .prepare<[], { record: string; a: string; b: string }>(
          'SELECT record, min(kind) AS a, max(kind) AS b FROM spool.ops GROUP BY record HAVING count(DISTINCT kind) > 1 LIMIT 1',
        )
        .get()
      if (clash) throw invalid(`record ${clash.record} is both a ${clash.a} and a ${clash.b}`)
    },
  }

  return {
    sink,
    /** The file's earliest and latest stamps (undefined for a file without ops). */
    range: (): { first: string; last: string } | undefined => (first !== undefined && last !== undefined ? { first, last } : undefined),
    count: (): number => (db.prepare('SELECT count(*) AS n FROM spool.ops').get() as { n: number }).n,
    records: (): number => (db.prepare('SELECT count(*) AS n FROM (SELECT 1 FROM spool.ops GROUP BY kind, record)').get() as { n: number }).n,
    /** Every stamp of the file, in clock order, a page at a time. */
    *stamps(page = 5_000): Generator<string> {
      const select = db.prepare<[string, number], { hlc: string }>('SELECT hlc FROM spool.ops WHERE hlc > ? ORDER BY hlc LIMIT ?')
      for (let after = ''; ; ) {
        const rows = select.all(after, page)
        for (const row of rows) yield row.hlc
        if (rows.length < page) return
        after = rows.at(-1)!.hlc
      }
    },
    /**
     * The file's records in batches, each record with its ops in clock order: at most `records`
     * records a batch, and no more records once the batch holds `changes` ops (a record is never
     * split, so one record with more ops than that is a batch of its own).
     */
    *batches(limit: { records: number; changes: number }): Generator<SpooledRecord[]> {
      for (let after = { kind: '', record: '' }; ; ) {
        const keys = selectRecords.all(after.kind, after.record, limit.records)
        if (keys.length === 0) return
        const batch: SpooledRecord[] = []
        let changes = 0
        for (const { kind, record } of keys) {
          const ops = selectOps.all(kind, record).map((row) => JSON.parse(row.op) as Op)
          batch.push({ kind, record, ops })
          changes += ops.length
          if (changes >= limit.changes) break
        }
        yield batch
        after = batch.at(-1)!
      }
    },
    /** The attachment files the record's ops in the file link (their SHA-256). */
    attachmentsOf: (kind: string, record: string): string[] => selectAttachments.all(kind, record).map((row) => row.attachment),
    /** Detaches and removes the spool (outside any transaction). */
    close(): void {
      if (!open) return
      open = false
      if (db.inTransaction && pending > 0) db.exec('ROLLBACK')
      db.exec('DETACH DATABASE spool')
      rmSync(path, { force: true })
    },
  }
}

export type ImportSpool = ReturnType<typeof createImportSpool>
