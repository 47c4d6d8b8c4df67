import type { Essay } from '../../shared/model/essay'
import type { Finding } from '../../shared/model/finding'
import type { Db } from '../db/types'
import { aliasesFromEntities, mergeAliases, type AliasEntry } from './aliases'
import type { SearchDoc } from './types'

/**
 * Turns the library's records into search documents. Everything is read from the tables, so a
 * local edit, a sync import and a rebuild all index exactly the same thing.
 */

/** One document per essay paragraph, searchable by its text and filtered by its section. */
export function essayDocs(essay: Essay): SearchDoc[] {
  return essay.sections.flatMap((section) =>
    section.paragraphs.map((p) => ({
      id: p.id,
      type: 'essay' as const,
      title: section.title,
      summary: p.runs.map((r) => r.text).join(''),
      sections: [section.slug],
    })),
  )
}

interface EventRow {
  id: string
  title: string
  summary: string
  note: string | null
  earliest: string
  latest: string
}

/** Every event (bundled and the researcher's own). */
export function eventDocs(db: Db): SearchDoc[] {
  const ids = db.prepare<[], { id: string }>('SELECT id FROM events ORDER BY earliest, id').all()
  return ids.map((row) => eventDoc(db, row.id)!)
}

/** One event with its linked entities and essay sections; undefined once deleted. */
export function eventDoc(db: Db, id: string): SearchDoc | undefined {
  const row = db.prepare<[string], EventRow>('SELECT id, title, summary, note, earliest, latest FROM events WHERE id = ?').get(id)
  if (!row) return undefined
  const column = (sql: string): string[] => db.prepare<[string], { v: string }>(sql).all(id).map((r) => r.v)
  return {
    id: row.id,
    type: 'event',
    title: row.title,
    summary: row.summary,
    ...(row.note ? { notes: row.note } : {}),
    entities: column('SELECT entity_id AS v FROM event_entities WHERE event_id = ? ORDER BY ordinal'),
    sections: column('SELECT section_slug AS v FROM event_sections WHERE event_id = ? ORDER BY ordinal'),
    dateFrom: row.earliest,
    dateTo: row.latest,
  }
}

/** Every entity: its preferred name and description; its other names come in through aliases. */
export function entityDocs(db: Db): SearchDoc[] {
  const rows = db.prepare<[], { id: string; preferred_name: string; description: string; notes: string | null }>(
    'SELECT id, preferred_name, description, notes FROM entities ORDER BY id',
  )
  return rows.all().map((e) => ({
    id: e.id,
    type: 'entity' as const,
    title: e.preferred_name,
    summary: e.description,
    ...(e.notes ? { notes: e.notes } : {}),
    entities: [e.id],
  }))
}

/** A finding as the index sees it: researcher-written text, source text, facets. */
export function findingDoc(finding: Finding, dateFrom: string | null, dateTo: string | null): SearchDoc {
  const stance = finding.claim_links[0]?.stance
  // Page file names too: a photo's name (IMG_2041.jpg) finds the finding it is a page of.
  const pages = finding.attachments.map((page) => page.name)
  const notes = [finding.title_original, finding.title_romanized, finding.provenance_note, ...pages].filter(Boolean).join('\n')
  return {
    id: finding.id,
    type: 'finding',
    title: finding.title_or_description,
    summary: finding.summary_en,
    ...(finding.transcription ? { transcription: finding.transcription } : {}),
    ...(finding.translation_en ? { translation: finding.translation_en } : {}),
    ...(notes ? { notes } : {}),
    tags: finding.tags,
    reference: finding.reference_raw,
    entities: finding.entities,
    repository: finding.repository_id,
    language: finding.original_language,
    ...(dateFrom ? { dateFrom } : {}),
    ...(dateTo ? { dateTo } : {}),
    sections: [...new Set([...finding.essay_sections, ...finding.claim_links.flatMap((c) => c.essay_section ?? [])])],
    ...(stance ? { stance } : {}),
  }
}

interface FindingRow {
  id: string
  data: string
  date_start: string | null
  date_end: string | null
  deleted: number
}

const FINDING_COLUMNS = 'SELECT id, data, date_start, date_end, deleted FROM findings'

/** One finding's document; undefined when it is deleted or unknown (remove it from the index). */
export function findingDocById(db: Db, id: string): SearchDoc | undefined {
  const row = db.prepare<[string], FindingRow>(`${FINDING_COLUMNS} WHERE id = ?`).get(id)
  if (!row || row.deleted) return undefined
  return findingDoc(JSON.parse(row.data) as Finding, row.date_start, row.date_end)
}

/** Non-deleted findings in pages of `size`, read one page at a time (keyset on id). */
export function* findingBatches(db: Db, size: number): Generator<SearchDoc[]> {
  const page = db.prepare<[string, number], FindingRow>(`${FINDING_COLUMNS} WHERE deleted = 0 AND id > ? ORDER BY id LIMIT ?`)
  let after = ''
  for (;;) {
    const rows = page.all(after, size)
    if (rows.length === 0) return
    yield rows.map((r) => findingDoc(JSON.parse(r.data) as Finding, r.date_start, r.date_end))
    after = rows[rows.length - 1]!.id
  }
}

export function countFindings(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM findings WHERE deleted = 0').get() as { n: number }).n
}

interface NameRow {
  id: string
  type: string
  preferred_name: string
  confusable_json: string
  form: string
  lang: string
  relation: string | null
  origin: string
}

/** Bundled entity names merged with the researcher's own aliases (entity_names where origin = 'user'). */
export function libraryAliases(db: Db): AliasEntry[] {
  const rows = db
    .prepare<[], NameRow>(
      `SELECT e.id, e.type, e.preferred_name, e.confusable_json, n.form, n.lang, n.relation, n.origin
       FROM entities e JOIN entity_names n ON n.entity_id = e.id ORDER BY e.id, n.ordinal`,
    )
    .all()
  const table = (origin: string) => {
    type Entry = { id: string; type: string; preferred_name: string; names: { form: string; lang: string; relation?: string }[]; confusable_with: string[] }
    const byId = new Map<string, Entry>()
    for (const r of rows.filter((row) => row.origin === origin)) {
      const entry = byId.get(r.id) ?? { id: r.id, type: r.type, preferred_name: r.preferred_name, names: [], confusable_with: JSON.parse(r.confusable_json) as string[] }
      entry.names.push({ form: r.form, lang: r.lang, ...(r.relation ? { relation: r.relation } : {}) })
      byId.set(r.id, entry)
    }
    return aliasesFromEntities([...byId.values()])
  }
  return mergeAliases(table('bundled'), table('user'))
}

/**
 * What the saved index must agree with: the op log (every edit and import), the essay and the
 * bundled reference data. A saved index whose stamp differs missed a change and is rebuilt.
 */
export function libraryStamp(db: Db, essay: Essay): string {
  const count = (sql: string) => JSON.stringify(db.prepare(sql).get())
  return [
    essay.sha256,
    count('SELECT (SELECT n FROM op_count) AS n, (SELECT max(hlc) FROM ops) AS h'),
    count('SELECT count(*) AS n FROM events'),
    count('SELECT count(*) AS n, max(ref_hash) AS h FROM entities'),
    count('SELECT count(*) AS n FROM entity_names'),
  ].join('|')
}
