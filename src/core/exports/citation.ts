import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type CSLModule from 'citeproc'
import { lazyModule } from '../lazyModule'
import type { Finding } from '../../shared/model/finding'
import type { CitationStyleId } from '../../shared/model/findingVocab'
import { citationItem, type CitationContext, type CitationItem } from './citationItem'

const loadCsl = lazyModule<typeof CSLModule>('citeproc')

/** The bundled CSL styles and their locale, as XML text: the processor is given text, never a URL. */
export interface CitationStyle {
  styles: Readonly<Record<CitationStyleId, string>>
  locale: string
}

const STYLE_FILES: Readonly<Record<CitationStyleId, string>> = {
  chicago: 'chicago-note-bibliography.csl',
  'wilson-center': 'wilson-center-digital-archive.csl',
}

/** Reads the bundled styles (extended Chicago, Wilson Center) and US English locale from `<resourcesDir>/csl/`. */
export function loadCitationStyle(resourcesDir: string): CitationStyle {
  const read = (file: string) => readFileSync(join(resourcesDir, 'csl', file), 'utf8')
  return {
    styles: { chicago: read(STYLE_FILES.chicago), 'wilson-center': read(STYLE_FILES['wilson-center']) },
    locale: read('locales-en-US.xml'),
  }
}

/** The style a finding is cited in: its own choice, else Chicago. */
export const styleOf = (finding: Pick<Finding, 'citation_style'>): CitationStyleId => finding.citation_style ?? 'chicago'

/** Notes for a run of citations (one per cited id, in order) and the bibliography of the cited items. */
export interface RenderedCitations {
  notes: string[]
  /** Bibliography entries by item id. */
  bibliography: Map<string, string>
  /** The same entries in the style's order (author, title, …), the Chicago ones first. */
  bibliographyOrder: string[]
}

function engineFor(style: CitationStyle, id: CitationStyleId, byId: ReadonlyMap<string, CitationItem>) {
  const engine = new (loadCsl().Engine)(
    {
      retrieveLocale: () => style.locale,
      // citeproc adds its own bookkeeping to the item objects it is given, so it gets copies.
      retrieveItem: (itemId) => structuredClone(byId.get(itemId)),
    },
    style.styles[id],
    'en-US',
    true,
  )
  engine.setOutputFormat('text')
  return { engine, done: [] as Array<[string, number]> }
}

/**
 * Renders `citedIds` as consecutive footnotes 1, 2, 3… with citeproc-js, each in its item's style,
 * so the processor decides full (first) and short (subsequent) notes; then the bibliography of
 * every cited item. Plain text output.
 */
export function renderCitations(
  items: readonly CitationItem[],
  citedIds: readonly string[],
  style: CitationStyle,
  styleOfItem: (id: string) => CitationStyleId = () => 'chicago',
): RenderedCitations {
  const byId = new Map(items.map((item) => [item.id, item]))
  const engines = new Map<CitationStyleId, ReturnType<typeof engineFor>>()
  const engine = (id: CitationStyleId) => {
    if (!engines.has(id)) engines.set(id, engineFor(style, id, byId))
    return engines.get(id)!
  }
  const notes = new Map<string, string>()
  const order: string[] = []
  citedIds.forEach((id, index) => {
    const { engine: processor, done } = engine(styleOfItem(id))
    const citationID = `note-${index + 1}`
    const [, updated] = processor.processCitationCluster(
      { citationID, citationItems: [{ id }], properties: { noteIndex: index + 1 } },
      done,
      [],
    )
    for (const [position, text] of updated) notes.set(done[position]?.[0] ?? citationID, text)
    done.push([citationID, index + 1])
    order.push(citationID)
  })
  const bibliography = new Map<string, string>()
  const bibliographyOrder: string[] = []
  for (const { engine: processor } of [...engines.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, e]) => e)) {
    const made = processor.makeBibliography()
    if (!made) continue
    made[0].entry_ids.forEach((ids, index) => {
      const entry = made[1][index]!.trim()
      bibliography.set(ids[0]!, entry)
      bibliographyOrder.push(entry)
    })
  }
  return { notes: order.map((citationID) => notes.get(citationID) ?? ''), bibliography, bibliographyOrder }
}

/** A finding's citation in its style: the full note, the short note, the bibliography entry. */
export interface FindingCitation {
  style: CitationStyleId
  /** The first, full note: it identifies the document on its own. */
  note: string
  /** The note for later citations of the same document. */
  short_note: string
  bibliography: string
}

/** The full note, short note and bibliography entry of a finding's document, rendered by citeproc-js. */
export function citeFinding(finding: Finding, context: CitationContext, style: CitationStyle): FindingCitation {
  const item = citationItem(finding, context)
  const chosen = styleOf(finding)
  const rendered = renderCitations([item], [item.id, item.id], style, () => chosen)
  const [note = '', shortNote = ''] = rendered.notes
  return { style: chosen, note, short_note: shortNote, bibliography: rendered.bibliography.get(item.id) ?? '' }
}
