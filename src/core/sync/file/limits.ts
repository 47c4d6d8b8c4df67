/** Bounds on what an imported sync file may hold; anything past them is refused unread. */
export interface SyncFileLimits {
  /** Size of the file on disk (after decryption, for the zip inside). */
  maxFileBytes: number
  /** Entries in the zip. */
  maxEntries: number
  /** Decompressed size of one entry. */
  maxEntryBytes: number
  /** Decompressed size of all entries together (the zip-bomb bound). */
  maxTotalBytes: number
}

export const DEFAULT_SYNC_LIMITS: SyncFileLimits = {
  maxFileBytes: 2 * 1024 ** 3,
  maxEntries: 200_000,
  maxEntryBytes: 256 * 1024 ** 2,
  maxTotalBytes: 4 * 1024 ** 3,
}

/** Ops per `ops/NNNNNN.jsonl` entry, so no single entry grows without bound. */
export const OPS_PER_ENTRY = 5_000
