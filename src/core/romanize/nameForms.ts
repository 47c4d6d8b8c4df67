import { type LexiconEntity, type NameLexicon } from './lexicon'
import { romanizeName, type NameKind } from './names'

/** Scripts the engine romanizes; names in other scripts (Latin, Armenian) are kept only as written. */
const ROMANIZED_SCRIPTS = new Set(['Hang', 'Hani', 'Hans', 'Hant', 'Cyrl'])

/**
 * Every search-relevant form of a name or of an entity: its recorded names first, as written, then
 * what the engine derives from each of its native-script names (pinyin and Wade-Giles, MR and RR,
 * Russian transliterations, with their spacing and hyphenation variants), without duplicates.
 * Called for every entity when the search index is built, so it does no I/O.
 */
export function nameForms(
  input: string | LexiconEntity,
  options: { lexicon?: NameLexicon; kind?: NameKind } = {},
): string[] {
  const out = new Set<string>()
  if (typeof input === 'string') {
    out.add(input.normalize('NFC').trim())
    for (const f of romanizeName(input, options)) out.add(f.value)
    return [...out]
  }
  const kind = options.kind ?? (input.type === 'person' ? 'person' : 'other')
  for (const name of input.names) out.add(name.form)
  for (const name of input.names) {
    if (!ROMANIZED_SCRIPTS.has(name.script)) continue
    for (const f of romanizeName(name.form, { lang: name.lang, script: name.script, kind })) out.add(f.value)
  }
  return [...out]
}
