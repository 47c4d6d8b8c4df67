import { z } from 'zod'

/** The format identifier and version written into every sync file's manifest. */
export const SYNC_FORMAT = 'reading-room-workbench-sync'
/** Version 2 adds the device epoch, withheld and missing stamps, and `null` clearing a field. */
export const SYNC_FORMAT_VERSION = 2
/** The oldest version this app still reads. */
export const SYNC_FORMAT_OLDEST = 1

/**
 * Hybrid-logical-clock stamp as text, `<wall: 12 hex>.<counter: 4 hex>.<device>`, sorting in
 * clock order (see src/core/sync/hlc.ts); a private finding's stub adds `:stub`.
 */
export const HlcText = z
  .string()
  .max(90)
  .regex(/^[0-9a-f]{12}\.[0-9a-f]{4}\.[0-9A-Za-z._-]{1,64}(:stub)?$/, 'is not a clock stamp')
/** A device id (UUID) or a short test name. */
export const DeviceId = z.string().min(1).max(64).regex(/^[0-9A-Za-z._-]+$/, 'is not a device id')
/** Version vector: device -> highest clock seen from it. */
export const SeenVector = z.record(DeviceId, HlcText)

const FieldName = z.string().min(1).max(64).regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'is not a field name')
const SetElement = z.string().min(1).max(2_000)

export const ChangeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('set'), values: z.record(FieldName, z.unknown()) }),
  z.strictObject({ type: z.literal('add'), field: FieldName, element: SetElement }),
  z.strictObject({ type: z.literal('remove'), field: FieldName, element: SetElement, removes: z.array(HlcText).max(10_000) }),
  z.strictObject({ type: z.literal('delete') }),
  z.strictObject({ type: z.literal('restore') }),
])

/** One field-level change, as carried in `ops/*.jsonl`. */
export const OpSchema = z.strictObject({
  hlc: HlcText,
  device: DeviceId,
  kind: z.string().min(1).max(32).regex(/^[a-z_]+$/, 'is not a record kind'),
  record: z.string().min(1).max(64).regex(/^[0-9A-Za-z._:-]+$/, 'is not a record id'),
  seen: SeenVector,
  change: ChangeSchema,
})

/** Where each zip entry is listed with its size and SHA-256, checked before anything is applied. */
export const ManifestEntry = z.strictObject({
  path: z.string().min(1).max(200),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 hex digest'),
})

/** Most stamps a manifest lists as withheld or missing. */
export const MAX_LISTED_STAMPS = 50_000
const StampList = z.array(HlcText).max(MAX_LISTED_STAMPS)

export const SyncManifest = z.strictObject({
  format: z.literal(SYNC_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().max(40),
  sender: z.strictObject({
    deviceId: DeviceId,
    deviceName: z.string().max(200),
    /** Raised each time the sender's library is restored from a backup (format 2). */
    epoch: z.int().nonnegative().optional(),
  }),
  /** Set when the file was made for one colleague (`--for NAME`). */
  recipient: z.string().max(200).optional(),
  createdAt: z.iso.datetime(),
  /** Everything the sender had seen of each device's changes when writing the file. */
  seen: SeenVector,
  /** Ops older than or equal to this (per device) were left out: the recipient had them. */
  since: SeenVector,
  /** Stamps within (since, seen] the file does not carry: kept private, or lacking at the sender (format 2). */
  withheld: StampList.optional(),
  /** Stamps the sender lacks although `seen` covers them: a request to send them (format 2). */
  missing: StampList.optional(),
  counts: z.strictObject({
    ops: z.number().int().nonnegative(),
    opsByKind: z.record(z.string(), z.number().int().nonnegative()),
    records: z.number().int().nonnegative(),
    attachments: z.number().int().nonnegative(),
  }),
  entries: z.array(ManifestEntry).max(25_000),
})

export type SyncManifest = z.infer<typeof SyncManifest>
export type ManifestEntry = z.infer<typeof ManifestEntry>
