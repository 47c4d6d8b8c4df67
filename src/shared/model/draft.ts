import { z } from 'zod'

/** Largest draft kept: a full transcription plus every other field, with room to spare. */
export const MAX_DRAFT_CHARS = 2_500_000

/**
 * The entry form exactly as typed (not yet valid), saved every second or so. `finding_id` is
 * set when the draft edits an existing finding.
 */
export const DraftRecord = z.strictObject({
  id: z.string().min(1).max(64),
  finding_id: z.string().max(64).optional(),
  form: z.record(z.string().max(64), z.unknown()).refine((form) => JSON.stringify(form).length <= MAX_DRAFT_CHARS, {
    message: `must be at most ${MAX_DRAFT_CHARS.toLocaleString('en-US')} characters`,
  }),
  updated_at: z.string(),
})
export type DraftRecord = z.infer<typeof DraftRecord>

export const DraftSaved = z.object({ id: z.string(), updated_at: z.string() })
