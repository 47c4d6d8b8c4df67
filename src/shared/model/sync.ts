import { z } from 'zod'

/** What importing a sync file does to the records of one kind. */
export const ChangeCounts = z.object({
  created: z.int().nonnegative(),
  updated: z.int().nonnegative(),
  deleted: z.int().nonnegative(),
  conflicts: z.int().nonnegative(),
  unchanged: z.int().nonnegative(),
})
export type ChangeCounts = z.infer<typeof ChangeCounts>

export const ImportReport = z.object({
  sender: z.object({ deviceId: z.string(), deviceName: z.string() }),
  createdAt: z.string(),
  /** Changes in the file that this library did not have yet. */
  newChanges: z.int().nonnegative(),
  byKind: z.record(z.string(), ChangeCounts),
  total: ChangeCounts,
  /**
   * Changes whose clock stamp this library already holds with other content (a colleague's
   * library was restored or copied by an older version): kept aside for review, not applied.
   */
  setAside: z.int().nonnegative().optional(),
  /** The backup written before applying (absent for a preview or when nothing changed). */
  backup: z.string().optional(),
})
export type ImportReport = z.infer<typeof ImportReport>

export const Peer = z.object({
  device_id: z.string(),
  name: z.string(),
  last_sent_at: z.string().nullable(),
  last_received_at: z.string().nullable(),
})
export type Peer = z.infer<typeof Peer>

/** How a conflict was resolved: this laptop's side, the colleague's, a value of one's own, the record brought back, or its deletion accepted. */
export const Resolution = z.enum(['mine', 'theirs', 'value', 'restore', 'delete'])
export type Resolution = z.infer<typeof Resolution>

/** What an exchange-log entry records, put in words by whoever shows it. */
export const SyncLogDetail = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exported'), changes: z.int().nonnegative(), privateStubs: z.int().nonnegative() }),
  z.object({ kind: z.literal('alreadyImported') }),
  z.object({ kind: z.literal('imported'), counts: ChangeCounts, setAside: z.int().nonnegative() }),
  z.object({ kind: z.literal('resolved'), title: z.string().nullable(), take: Resolution }),
])
export type SyncLogDetail = z.infer<typeof SyncLogDetail>

export const SyncLogEntry = z.object({
  at: z.string(),
  direction: z.enum(['export', 'import', 'resolve']),
  peer: z.string().nullable(),
  /** The sentence an entry written before the log kept its detail as data; empty for later ones. */
  summary: z.string(),
  detail: SyncLogDetail.nullable(),
})
export type SyncLogEntry = z.infer<typeof SyncLogEntry>

export const ConflictEntry = z.object({
  id: z.string(),
  record_kind: z.string(),
  record_id: z.string(),
  title: z.string(),
  detail: z.unknown(),
})
export type ConflictEntry = z.infer<typeof ConflictEntry>

/** A sync file as it crosses the API: base64 bytes (the file is binary: a zip, maybe encrypted). */
export const SyncFileBytes = z.string().max(1_500_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
