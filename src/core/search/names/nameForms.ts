import { romanizeName } from '../../romanize'
import type { AliasEntry } from '../aliases'

/**
 * The one place where search gets name forms it was not given: writers join or split the
 * syllables of a romanized given name at will (Chou En-lai, Chou Enlai; Kim Il-sung, Kim Ilsung),
 * and the romanization engine (src/core/romanize) derives the Wade-Giles and Pinyin,
 * McCune-Reischauer and Revised Romanization and Russian transliterations of every form.
 */
export function generatedForms(entry: Pick<AliasEntry, 'forms' | 'langs' | 'kind'>): string[] {
  return newForms(entry.forms, [...entry.forms, ...romanizedForms(entry)])
}

/** The forms with their syllables joined (Chou En-lai -> Chou Enlai), without the forms themselves. */
export function joinedForms(forms: readonly string[]): string[] {
  return newForms(forms, forms)
}

function newForms(known: readonly string[], forms: readonly string[]): string[] {
  const seen = new Set(known)
  const out = new Set<string>()
  for (const form of forms) for (const variant of [form, ...joinedSyllables(form)]) if (!seen.has(variant)) out.add(variant)
  return [...out]
}

/** Scripts the romanization engine reads; a Latin form is already romanized. */
const ROMANIZABLE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Cyrillic}]/u

/**
 * The engine's romanizations of every native-script form, read as the entry's language says
 * (Han forms are read as Chinese, as the engine does for want of a hanja reader).
 */
function romanizedForms(entry: Pick<AliasEntry, 'forms' | 'langs' | 'kind'>): string[] {
  const kind = entry.kind === 'person' ? 'person' : 'other'
  return entry.forms
    .filter((form) => ROMANIZABLE.test(form))
    .flatMap((form) => [form, ...withYoAsO(form)])
    .flatMap((form) => romanizeName(form, { kind, ...(entry.langs?.[form] ? { lang: entry.langs[form] } : {}) }))
    .filter((f) => !SPACING_VARIANTS.has(f.variant ?? ''))
    .map((f) => f.value)
    .filter((form) => form.replace(/[^\p{L}]/gu, '').length >= MIN_DERIVED_LETTERS)
}

/**
 * After ж, ч, ш, щ Russian ё sounds o, and older and Ukrainian-derived spellings write it so
 * (Хрущов, whence Khrushchov): the form read that way too.
 */
function withYoAsO(form: string): string[] {
  const o = form.replace(/([жчшщ])ё/gu, '$1о')
  return o === form ? [] : [o]
}

/**
 * Variants that only space or join syllables (Kimilsŏng, Jin ri cheng): a query finds names
 * however it joins them (the name index compares joined keys), and each extra form would be one
 * more phrase in every search for the name.
 */
const SPACING_VARIANTS = new Set(['as one word', 'one word', 'joined', 'spaced'])

/**
 * A derived form this short (金一 read as Chini) sits one typo from common words (China): the
 * name table's own forms still find such names; derived ones only add longer spellings.
 */
const MIN_DERIVED_LETTERS = 6

/** A hyphenated romanized word (`En-lai`, `Il-sung`) joined into one (`Enlai`, `Ilsung`). */
const HYPHENATED = /(\p{L}+)[-‐](\p{Ll}+)/u

function joinedSyllables(form: string): string[] {
  if (!/^[\p{Script=Latin}\s'’ʼ.\-‐()]+$/u.test(form) || !HYPHENATED.test(form)) return []
  return [form.replace(new RegExp(HYPHENATED.source, 'gu'), (_m, a: string, b: string) => a + b)]
}
