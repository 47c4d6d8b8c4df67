/**
 * The romanization systems the engine writes. Ids are the scheme strings already used by
 * finding.romanization_scheme and by the entity table (`pinyin`, `wade-giles`, ...), so a value
 * the engine suggests can be stored as it is.
 */
export type RomanizationLang = 'zh' | 'ko' | 'ru'

export const ROMANIZATION_SYSTEMS = [
  'pinyin',
  'pinyin-tonal',
  'wade-giles',
  'mccune-reischauer',
  'mccune-reischauer-ascii',
  'revised-romanization',
  'ala-lc-korean',
  'ala-lc-russian',
  'bgn-pcgn',
  'iso9',
  'russian-scholarly',
  'english-common',
] as const
export type RomanizationSystem = (typeof ROMANIZATION_SYSTEMS)[number]

export interface SystemInfo {
  lang: RomanizationLang
  /** What a historian calls it, for menus and reports. */
  label: string
}

export const SYSTEM_INFO: Record<RomanizationSystem, SystemInfo> = {
  pinyin: { lang: 'zh', label: 'Hanyu Pinyin' },
  'pinyin-tonal': { lang: 'zh', label: 'Hanyu Pinyin with tone marks' },
  'wade-giles': { lang: 'zh', label: 'Wade-Giles' },
  'mccune-reischauer': { lang: 'ko', label: 'McCune-Reischauer' },
  'mccune-reischauer-ascii': { lang: 'ko', label: 'McCune-Reischauer without diacritics' },
  'revised-romanization': { lang: 'ko', label: 'Revised Romanization' },
  'ala-lc-korean': { lang: 'ko', label: 'ALA-LC Korean (McCune-Reischauer)' },
  'ala-lc-russian': { lang: 'ru', label: 'ALA-LC (Library of Congress)' },
  'bgn-pcgn': { lang: 'ru', label: 'BGN/PCGN' },
  iso9: { lang: 'ru', label: 'ISO 9 (GOST 7.79 System A)' },
  'russian-scholarly': { lang: 'ru', label: 'Scholarly transliteration' },
  'english-common': { lang: 'ru', label: 'Common English spelling' },
}

/** Systems of one language, in the order a historian of the field would reach for them. */
export const SYSTEMS_BY_LANG: Record<RomanizationLang, RomanizationSystem[]> = {
  zh: ['pinyin', 'pinyin-tonal', 'wade-giles'],
  ko: ['mccune-reischauer', 'revised-romanization', 'mccune-reischauer-ascii'],
  ru: ['ala-lc-russian', 'bgn-pcgn', 'english-common', 'russian-scholarly', 'iso9'],
}

export function isRomanizationSystem(value: string): value is RomanizationSystem {
  return (ROMANIZATION_SYSTEMS as readonly string[]).includes(value)
}

/** Labels of the other schemes the entity table records names in (see entities.json). */
const RECORDED_SCHEME_LABELS: Record<string, string> = {
  'dprk-official': 'DPRK official spelling',
  'prc-official': 'PRC official spelling',
  'wade-giles-variant': 'Wade-Giles (journalistic variant)',
  'from-russian': 'Transliterated from Russian',
  postal: 'Postal romanization',
  'english-older': 'Older English spelling',
  palladius: 'Palladius',
  kontsevich: 'Kontsevich',
}

/** What to call a scheme id in the interface; never the id itself. */
export function schemeLabel(scheme: string): string {
  if (isRomanizationSystem(scheme)) return SYSTEM_INFO[scheme].label
  return RECORDED_SCHEME_LABELS[scheme] ?? 'Recorded spelling'
}
