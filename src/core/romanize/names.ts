import { chineseNameForms } from './chinese/chinese'
import { pushForm, type RomanizedForm } from './forms'
import { koreanNameForms } from './korean/names'
import { splitKoreanName } from './korean/familyNames'
import { recordedRomanizations, type LexiconEntity, type NameLexicon } from './lexicon'
import { romanize } from './romanize'
import { russianNameForms } from './russian/names'
import { ALA_LC_PLAIN, transliterate } from './russian/russian'
import { detectScript, langOfScript, type Script } from './script'
import { SYSTEMS_BY_LANG, type RomanizationLang } from './systems'

export type NameKind = 'person' | 'other'

export interface NameOptions {
  /**
   * Language of the name, when the caller knows it. Han characters are read as Chinese whatever
   * it says (金日成 Jin Richeng, as Chinese documents print a Korean name): no offline hanja
   * reader is bundled. A name in Latin letters with a lang is returned as it is.
   */
  lang?: RomanizationLang | string
  script?: Script | string
  /** `person` romanizes family and given name apart; absent: guessed from the name's shape. */
  kind?: NameKind
  /** Known names whose recorded romanizations come first. */
  lexicon?: NameLexicon
}

/** Entity types whose names are personal names. */
const PERSON_TYPES = new Set(['person'])

/**
 * Every romanized form of one name: recorded forms of a known entity first (marked `recorded`),
 * then the engine's forms system by system, each main form before its conventional variants.
 * Latin-script names come back as they are.
 */
export function romanizeName(form: string, options: NameOptions = {}): RomanizedForm[] {
  const text = form.normalize('NFC').trim()
  const script = (options.script as Script | undefined) ?? detectScript(text)
  const forms: RomanizedForm[] = []
  const entity = options.lexicon?.entityOf(text)
  if (entity) {
    for (const n of recordedRomanizations(entity, text)) pushForm(forms, { system: n.scheme!, value: n.form, variant: 'recorded' })
  }
  const kind = options.kind ?? (entity ? kindOfEntity(entity) : guessKind(text, script))
  for (const f of engineForms(text, script, kind)) pushForm(forms, f)
  return forms
}

function kindOfEntity(entity: LexiconEntity): NameKind {
  return PERSON_TYPES.has(entity.type ?? '') ? 'person' : 'other'
}

/** Three Hangul syllables opening with a family name, a two-to-three-character Chinese name, or a Russian full name. */
function guessKind(text: string, script: Script | string): NameKind {
  if (/\s/.test(text) && script !== 'Cyrl') return 'other'
  const length = [...text].length
  if (script === 'Hang') return length === 3 && splitKoreanName(text) ? 'person' : 'other'
  if (script === 'Hani' || script === 'Hans' || script === 'Hant') return length === 3 ? 'person' : 'other'
  if (script === 'Cyrl') return /^[А-ЯЁ][а-яё]+(\s+[А-ЯЁ][а-яё]+){1,2}$/.test(text) ? 'person' : 'other'
  return 'other'
}

function engineForms(text: string, script: Script | string, kind: NameKind): RomanizedForm[] {
  const scriptLang = langOfScript(normalizeScript(script))
  if (!scriptLang) return []
  const forms: RomanizedForm[] = []
  if (kind === 'person') {
    const personal =
      scriptLang === 'zh' ? chineseNameForms(text) : scriptLang === 'ko' ? koreanNameForms(text) : russianNameForms(text)
    for (const f of personal) pushForm(forms, f)
  }
  // A person's name read as one word (Kimilsŏng) is only a variant; for anything else it is the form.
  const whole = kind === 'person' ? { variant: 'as one word' } : {}
  for (const system of SYSTEMS_BY_LANG[scriptLang]) pushForm(forms, { system, value: romanize(text, system), ...whole })
  if (scriptLang === 'zh') for (const f of chineseWordForms(text)) pushForm(forms, f)
  if (scriptLang === 'ru') pushForm(forms, { system: 'ala-lc-russian', value: transliterate(text, ALA_LC_PLAIN), variant: 'without diacritics' })
  return forms
}

/** Hans, Hant, Hani and Jpan are all Han characters to the engine. */
function normalizeScript(script: Script | string): Script {
  if (script === 'Hans' || script === 'Hant' || script === 'Jpan') return 'Hani'
  return script as Script
}

/** A non-personal Chinese name as one word, the way place and body names are written (Pei-ching, Zhongguo). */
function chineseWordForms(text: string): RomanizedForm[] {
  const compact = text.replace(/\s+/g, '')
  return (['pinyin', 'pinyin-tonal', 'wade-giles'] as const).map((system) => ({
    system,
    value: romanize(compact, system, { chineseWords: [compact] }),
    variant: 'one word',
  }))
}
