import { z } from 'zod'
import { defineMethods } from '../define'

export const RomanizationSuggestion = z.object({
  /** Storable scheme id, e.g. `mccune-reischauer` (finding.romanization_scheme). */
  system: z.string(),
  /** The scheme's name for people, e.g. `McCune-Reischauer`. */
  label: z.string(),
  value: z.string(),
})
export type RomanizationSuggestion = z.infer<typeof RomanizationSuggestion>

export const romanizeMethods = defineMethods({
  /**
   * Romanizations of a title or name in Chinese, Korean or Russian, one per scheme, offline.
   * For a name, the entity table's recorded forms come first. Empty for Latin text.
   */
  'romanize.suggest': {
    input: z.strictObject({
      text: z.string().trim().min(1, 'give the text to romanize').max(2000),
      lang: z.enum(['zh', 'ko', 'ru']).optional(),
      kind: z.enum(['title', 'name']).default('title'),
    }),
    output: z.array(RomanizationSuggestion),
  },
})
