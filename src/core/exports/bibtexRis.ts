import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import type { CslItem } from './cslItem'

// By default the BibTeX writer drops every character it cannot spell in ASCII TeX, which erases
// Cyrillic, hangul and Chinese; write UTF-8 instead (biber and modern BibTeX read it).
;(plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }).format.asciiOnly = false

/** Fields citation-js would choke on or that mean nothing outside the workbench. */
function forCitationJs(item: CslItem): Record<string, unknown> {
  const { custom: _custom, ...rest } = item
  return rest
}

/** BibTeX of CSL items, written by citation-js (@citation-js/plugin-bibtex). */
export function bibtexFile(items: readonly CslItem[]): string {
  return String(new Cite(items.map(forCitationJs)).format('bibtex', { format: 'text' }))
}

/**
 * RIS of CSL items: citation-js (@citation-js/plugin-ris) maps CSL to RIS tags; the lines are
 * written here because the library's writer hard-wraps values at 70 characters, which its own
 * reader (and Zotero's) joins back with a space, corrupting long titles. It also cuts `ID` to 20
 * characters, which would make UUIDv7s collide; the full finding id is kept.
 */
export function risFile(items: readonly CslItem[]): string {
  const records = new Cite(items.map(forCitationJs)).format('ris', { format: 'object' }) as Array<
    Record<string, unknown>
  >
  const lines = records.map((record, index) => {
    const tags = Object.entries({ ...record, ID: items[index]!.id })
      .filter(([tag]) => tag !== 'TY')
      .flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${String(v)}`))
    return [`TY  - ${String(record.TY)}`, ...tags, 'ER  - '].join('\n')
  })
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

/** CSL items read from RIS text by citation-js, for `import-refs`. */
export function cslFromRis(text: string): Array<Record<string, unknown>> {
  return new Cite(text, { forceType: '@ris/file' }).data as Array<Record<string, unknown>>
}
