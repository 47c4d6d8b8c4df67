/** Bounds on what an imported sync file may hold; anything past them is refused unread. */
export interface SyncFileLimits {
  /** Size of the file on disk (after decryption, for the zip inside). */
  maxFileBytes: number
  /** Entries in the zip: checked in the zip's end record, before any entry is read. */
  maxEntries: number
  /** Decompressed size of one entry. */
  maxEntryBytes: number
  /** Decompressed size of all entries together. */
  maxTotalBytes: number
  /** Decompressed size of manifest.json, read before anything else. */
  maxManifestBytes: number
  /**
   * How many times its compressed size an entry may inflate to (the zip-bomb bound). Our own
   * files reach about 12 (ops of one repeated template); text rarely passes 20, and an entry that
   * would deflate past the bound is written stored, not deflated (packEntries).
   */
  maxRatio: number
  /** Entries up to this size may inflate past the ratio (a few tiny ops compress very well). */
  ratioFloorBytes: number
}

export const DEFAULT_SYNC_LIMITS: SyncFileLimits = {
  maxFileBytes: 2 * 1024 ** 3,
  maxEntries: 25_000,
  maxEntryBytes: 256 * 1024 ** 2,
  maxTotalBytes: 4 * 1024 ** 3,
  maxManifestBytes: 8 * 1024 ** 2,
  maxRatio: 64,
  ratioFloorBytes: 1024 ** 2,
}

/** Ops per `ops/NNNNNN.jsonl` entry, so no single entry grows without bound. */
export const OPS_PER_ENTRY = 5_000
