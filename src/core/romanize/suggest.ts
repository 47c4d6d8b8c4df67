import { detectScript, langOfScript } from './script'
import type { NameLexicon } from './lexicon'
import { romanizeName } from './names'
import { romanize } from './romanize'
import { SYSTEM_INFO, SYSTEMS_BY_LANG, schemeLabel, type RomanizationLang } from './systems'

export interface Suggestion {
  /** Storable scheme id (finding.romanization_scheme). */
  system: string
  /** What to show a person: `McCune-Reischauer`, `Wade-Giles (recorded name)`. */
  label: string
  value: string
}

export interface SuggestOptions {
  lang?: RomanizationLang
  /** `name`: a person's or body's name, with name conventions; `title` (default): running text. */
  kind?: 'title' | 'name'
  lexicon?: NameLexicon
}

/**
 * Romanizations to offer for a title or name in Chinese, Korean or Russian, one per system (for a
 * name, recorded entity forms first). Empty for text with nothing to romanize.
 */
export function suggestRomanizations(text: string, options: SuggestOptions = {}): Suggestion[] {
  const lang = options.lang ?? langOfScript(detectScript(text))
  if (!lang || text.trim() === '') return []
  if (options.kind === 'name') return nameSuggestions(text, lang, options.lexicon)
  return SYSTEMS_BY_LANG[lang].map((system) => ({ system, label: SYSTEM_INFO[system].label, value: romanize(text, system) }))
}

function nameSuggestions(text: string, lang: RomanizationLang, lexicon?: NameLexicon): Suggestion[] {
  const seen = new Set<string>()
  const out: Suggestion[] = []
  for (const form of romanizeName(text, { lang, ...(lexicon ? { lexicon } : {}) })) {
    const main = form.variant === undefined || form.variant === 'recorded'
    if (!main || seen.has(form.value)) continue
    seen.add(form.value)
    const label = schemeLabel(form.system)
    out.push({ system: form.system, label: form.variant === 'recorded' ? `${label} (recorded name)` : label, value: form.value })
  }
  return out
}
