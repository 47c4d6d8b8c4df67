import type { ClassificationLevel } from '../../model/findingVocab'

/**
 * Printed security markings and their normalized level (archival-model.md §3.3). The mapping is
 * approximate across states, which is why the marking as printed is always stored beside it.
 */
const MARKINGS: ReadonlyArray<[string, ClassificationLevel]> = [
  ['绝密', 'top_secret'],
  ['絕密', 'top_secret'],
  ['机密', 'secret'],
  ['機密', 'secret'],
  ['秘密', 'confidential'],
  ['内部', 'restricted'],
  ['內部', 'restricted'],
  ['1급비밀', 'top_secret'],
  ['2급비밀', 'secret'],
  ['3급비밀', 'confidential'],
  ['대외비', 'restricted'],
  ['一級秘密', 'top_secret'],
  ['二級秘密', 'secret'],
  ['三級秘密', 'confidential'],
  ['對外秘', 'restricted'],
  ['особая папка', 'special_access'],
  ['совершенно секретно', 'top_secret'],
  ['сов. секретно', 'top_secret'],
  ['секретно', 'secret'],
  ['для служебного пользования', 'restricted'],
  ['дсп', 'restricted'],
  ['top secret', 'top_secret'],
  ['secret', 'secret'],
  ['confidential', 'confidential'],
  ['restricted', 'restricted'],
  ['for official use only', 'restricted'],
  ['fouo', 'restricted'],
  ['unclassified', 'unclassified'],
]
const BY_LENGTH = [...MARKINGS].sort((a, b) => b[0].length - a[0].length)

/** CREST's one-letter "Original Classification" codes. */
const CREST_CODES: Record<string, ClassificationLevel> = {
  u: 'unclassified',
  c: 'confidential',
  s: 'secret',
  ts: 'top_secret',
}

export interface ClassificationSuggestion {
  level: ClassificationLevel
  /** The marking that was recognized, as listed above. */
  marking: string
}

/**
 * Suggests `classification_level` from a marking as printed: 机密 → secret, 2급비밀 → secret,
 * Совершенно секретно → top_secret, 绝密 → top_secret, TOP SECRET → top_secret. Spaces inside
 * Korean markings ("2급 비밀") are ignored. Undefined when no known marking is present.
 */
export function suggestClassification(marking: string): ClassificationSuggestion | undefined {
  const text = marking.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
  const crest = CREST_CODES[text]
  if (crest !== undefined) return { level: crest, marking: text.toUpperCase() }
  const compactKorean = text.replace(/(\d)\s*급\s*비밀/gu, '$1급비밀')
  for (const [printed, level] of BY_LENGTH) {
    const pattern = new RegExp(`(?<![\\p{L}])${printed.replace(/[.]/g, '\\.')}(?![\\p{L}])`, 'u')
    const isCjk = /[\p{Script=Han}\p{Script=Hangul}]/u.test(printed)
    if (isCjk ? compactKorean.includes(printed) : pattern.test(compactKorean))
      return { level, marking: printed }
  }
  return undefined
}
