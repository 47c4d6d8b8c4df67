import { z } from 'zod'
import { PassageAnchor } from '../anchoring/selectors'
import { Stance } from './findingVocab'

/** How many findings bear on one section or paragraph, by stance; `tagged` have no stance there. */
export const StanceCounts = z.object({
  total: z.int().nonnegative(),
  supports: z.int().nonnegative(),
  qualifies: z.int().nonnegative(),
  contradicts: z.int().nonnegative(),
  context: z.int().nonnegative(),
  tagged: z.int().nonnegative(),
})
export type StanceCounts = z.infer<typeof StanceCounts>

/** Findings beside the essay: per section (any of its claims) and per paragraph. */
export const EssayFindingCounts = z.object({
  sections: z.record(z.string(), StanceCounts),
  paragraphs: z.record(z.string(), StanceCounts),
})
export type EssayFindingCounts = z.infer<typeof EssayFindingCounts>

/** A passage of the essay a saved finding is anchored to, for the reader's highlights. */
export const EssayPassage = z.object({
  finding_id: z.string(),
  title: z.string(),
  paragraph_id: z.string(),
  stance: Stance,
  anchor: PassageAnchor,
})
export type EssayPassage = z.infer<typeof EssayPassage>
