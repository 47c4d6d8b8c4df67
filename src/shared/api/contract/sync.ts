import { z } from 'zod'
import { ConflictEntry, ImportReport, Peer, SyncFileBytes, SyncLogEntry } from '../../model/sync'
import { defineMethods } from '../define'

const Passphrase = z.string().min(1).max(1024).optional()
const JobId = z.string().min(1).max(64).optional()

export const syncMethods = defineMethods({
  /** A sync file of everything, or of what the named colleague has not seen yet. */
  'sync.export': {
    input: z.strictObject({ for: z.string().trim().min(1).max(200).optional(), passphrase: Passphrase }),
    output: z.object({
      file_base64: z.string(),
      file_name: z.string(),
      changes: z.int(),
      withheld: z.int(),
      /** The colleague the file was written for, when one was named and is known. */
      recipient: z.object({ device_id: z.string(), name: z.string() }).optional(),
    }),
  },
  /** Validates a sync file and says what importing it would do, changing nothing. */
  'sync.preview': { input: z.strictObject({ file_base64: SyncFileBytes, passphrase: Passphrase }), output: ImportReport },
  /** Applies a sync file after a backup, in one transaction; `job_id` lets the page follow and cancel it. */
  'sync.import': {
    input: z.strictObject({ file_base64: SyncFileBytes, passphrase: Passphrase, job_id: JobId }),
    output: ImportReport,
    mutates: true,
  },
  /** Colleagues exchanged with, and the log of exchanges. */
  'sync.peers': {
    input: z.strictObject({}),
    output: z.object({ device: z.object({ deviceId: z.string(), deviceName: z.string() }), peers: z.array(Peer), log: z.array(SyncLogEntry) }),
  },
  /** Open conflicts left by merging. */
  'conflicts.list': { input: z.strictObject({}), output: z.array(ConflictEntry) },
  /** Resolves one conflict; the resolution is a change that syncs like any other. */
  'conflicts.resolve': {
    input: z.strictObject({
      id: z.string().min(1).max(200),
      take: z.enum(['mine', 'theirs', 'value', 'restore', 'delete']),
      value: z.unknown().optional(),
    }),
    output: z.object({ resolved: z.literal(true) }),
    mutates: true,
  },
  /** Asks long work (an import) to stop; it rolls back. */
  'jobs.cancel': { input: z.strictObject({ job_id: z.string().min(1).max(64) }), output: z.object({ cancelled: z.boolean() }) },
})
