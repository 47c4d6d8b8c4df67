import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import CSL from 'citeproc'
import type { Finding } from '../../shared/model/finding'
import type { Repository } from '../../shared/model/repository'
import { cslItem, type CslItem } from './cslItem'
import type { ExportEntity } from './cslNames'

/** A CSL style and its locale, as XML text: the processor is given text, never a URL to fetch. */
export interface CitationStyle {
  style: string
  locale: string
}

/** Reads the bundled Chicago style and US English locale from `<resourcesDir>/csl/`. */
export function loadCitationStyle(resourcesDir: string): CitationStyle {
  return {
    style: readFileSync(join(resourcesDir, 'csl', 'chicago-note-bibliography.csl'), 'utf8'),
    locale: readFileSync(join(resourcesDir, 'csl', 'locales-en-US.xml'), 'utf8'),
  }
}

/** Notes for a run of citations (one per cited id, in order) and the bibliography of the cited items. */
export interface RenderedCitations {
  notes: string[]
  /** Bibliography entries by item id. */
  bibliography: Map<string, string>
  /** The same entries in the style's order (author, title, …). */
  bibliographyOrder: string[]
}

/**
 * Renders `citedIds` as consecutive footnotes 1, 2, 3… with citeproc-js, so the processor decides
 * first and subsequent forms, and renders the bibliography of every cited item. Plain text output.
 */
export function renderCitations(
  items: readonly CslItem[],
  citedIds: readonly string[],
  style: CitationStyle,
): RenderedCitations {
  const byId = new Map(items.map((item) => [item.id, item]))
  const engine = new CSL.Engine(
    {
      retrieveLocale: () => style.locale,
      // citeproc adds its own bookkeeping to the item objects it is given, so it gets copies.
      retrieveItem: (id) => structuredClone(byId.get(id)),
    },
    style.style,
    'en-US',
    true,
  )
  engine.setOutputFormat('text')
  const notes = new Map<string, string>()
  const done: Array<[string, number]> = []
  citedIds.forEach((id, index) => {
    const citationID = `note-${index + 1}`
    const [, updated] = engine.processCitationCluster(
      { citationID, citationItems: [{ id }], properties: { noteIndex: index + 1 } },
      done,
      [],
    )
    for (const [position, text] of updated) notes.set(done[position]?.[0] ?? citationID, text)
    done.push([citationID, index + 1])
  })
  const bibliography = new Map<string, string>()
  const bibliographyOrder: string[] = []
  const made = engine.makeBibliography()
  if (made) {
    made[0].entry_ids.forEach((ids, index) => {
      const entry = made[1][index]!.trim()
      bibliography.set(ids[0]!, entry)
      bibliographyOrder.push(entry)
    })
  }
  return { notes: done.map(([citationID]) => notes.get(citationID) ?? ''), bibliography, bibliographyOrder }
}

/** The citation shown in a finding's detail, with a copy button. */
export interface FindingCitation {
  /** The note as the style renders a first citation. */
  note: string
  /** The subsequent-note form, when the style makes it differ from the first note. */
  shortNote?: string
  bibliography: string
}

/**
 * The Chicago note and bibliography entry of a finding's document, rendered by citeproc-js from
 * the finding's CSL-JSON item. The bundled style is the 18th edition's short-note form: the note
 * names author and title; the bibliography entry carries date, repository, place and reference.
 */
export function citeFinding(
  finding: Finding,
  repository: Repository | undefined,
  style: CitationStyle,
  entities: readonly ExportEntity[] = [],
): FindingCitation {
  const repositories = new Map<string, Repository>(repository ? [[repository.id, repository]] : [])
  const item = cslItem(finding, {
    repositories,
    entities: new Map(entities.map((e) => [e.id, e])),
    extended: false,
  })
  const rendered = renderCitations([item], [item.id, item.id], style)
  const [note = '', subsequent = ''] = rendered.notes
  return {
    note,
    ...(subsequent !== note ? { shortNote: subsequent } : {}),
    bibliography: rendered.bibliography.get(item.id) ?? '',
  }
}
