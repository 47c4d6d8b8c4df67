/**
 * A light Russian stemmer for names. Russian declines names (`Филиппов` -> `Филиппову`, `Ким Ир
 * Сен` -> `Ким Ир Сеном`, `Коммунистическая партия` -> `Коммунистической партии`), so a name from
 * the entity table must meet its case forms in archival text. One case or adjective ending is
 * dropped and the stem is then matched as a prefix. Not a full Snowball stemmer: only names pass
 * through it, and surname suffixes (`-ов`, `-ев`, `-ин`) are kept so `Хрущев` does not become `Хрущ`.
 */

/** Case and adjective endings, longest first so `-ого` is tried before `-о`. */
const ENDINGS = [
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ый', 'ий', 'ой', 'ей',
  'ым', 'им', 'ом', 'ем', 'ую', 'юю', 'ых', 'их', 'ам', 'ям', 'ах', 'ях', 'а', 'я', 'о', 'е', 'ы', 'и',
  'у', 'ю', 'й', 'ь',
]
/** A stem shorter than this says too little: `ир` stays `ир`. */
const MIN_STEM = 3

/** Whether a folded term is a Cyrillic word. */
export function isCyrillicWord(term: string): boolean {
  return /^[\u0400-\u04ff]+$/.test(term)
}

/** The stem of a folded Cyrillic word (the word itself for any other term). */
export function russianStem(term: string): string {
  if (!isCyrillicWord(term)) return term
  for (const ending of ENDINGS) {
    if (term.endsWith(ending) && term.length - ending.length >= MIN_STEM) return term.slice(0, -ending.length)
  }
  return term
}
