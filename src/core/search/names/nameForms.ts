import type { AliasEntry } from '../aliases'

/**
 * The one place where search gets name forms it was not given: writers join or split the
 * syllables of a romanized given name at will (Chou En-lai, Chou Enlai; Kim Il-sung, Kim Ilsung),
 * and the romanization engine (src/core/romanize) derives the Wade-Giles and Pinyin,
 * McCune-Reischauer and Revised Romanization and Russian transliterations of every form.
 */
export function generatedForms(entry: Pick<AliasEntry, 'forms' | 'langs' | 'kind'>): string[] {
  const known = new Set(entry.forms)
  const out = new Set<string>()
  for (const form of [...entry.forms, ...romanizedForms(entry)]) {
    for (const variant of [form, ...joinedSyllables(form)]) if (!known.has(variant)) out.add(variant)
  }
  return [...out]
}

/** Forms the romanization engine derives; empty until it is wired in. */
function romanizedForms(_entry: Pick<AliasEntry, 'forms' | 'langs' | 'kind'>): string[] {
  return []
}

/** A hyphenated romanized word (`En-lai`, `Il-sung`) joined into one (`Enlai`, `Ilsung`). */
const HYPHENATED = /(\p{L}+)[-‐](\p{Ll}+)/u

function joinedSyllables(form: string): string[] {
  if (!/^[\p{Script=Latin}\s'’ʼ.\-‐()]+$/u.test(form) || !HYPHENATED.test(form)) return []
  return [form.replace(new RegExp(HYPHENATED.source, 'gu'), (_m, a: string, b: string) => a + b)]
}
