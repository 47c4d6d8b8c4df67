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

/** RIS of CSL items, written by citation-js (@citation-js/plugin-ris). */
export function risFile(items: readonly CslItem[]): string {
  return String(new Cite(items.map(forCitationJs)).format('ris', { format: 'text' }))
}

/** CSL items read from RIS text by citation-js, for `import-refs`. */
export function cslFromRis(text: string): Array<Record<string, unknown>> {
  return new Cite(text, { forceType: '@ris/file' }).data as Array<Record<string, unknown>>
}
