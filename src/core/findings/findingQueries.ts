import { AppError } from '../../shared/api/errors'
import type { Finding } from '../../shared/model/finding'
import type { FindingFilter, FindingListInput, FindingPage, FindingSummary } from '../../shared/model/findingList'
import { FindingListInput as ListSchema } from '../../shared/model/findingList'
import type { Db } from '../db/types'

const SORT_COLUMNS = {
  date: 'f.date_start',
  updated: 'f.updated_at',
  title: 'f.title COLLATE NOCASE',
  repository: 'f.repository_id',
  confidence: 'f.confidence',
} as const

interface SummaryRow {
  id: string
  title: string
  doc_date: string
  date_start: string | null
  repository_id: string
  reference_raw: string
  original_language: string
  doc_type: string
  confidence: string
  tags: string | null
  stances: string | null
  deleted: number
  conflict_count: number
  updated_at: string
}

/** Builds the WHERE clause of a filter as SQL with named parameters (never string-spliced values). */
export function filterSql(filter: FindingFilter): { where: string; params: Record<string, unknown> } {
  const clauses = [filter.deleted ? 'f.deleted = 1' : 'f.deleted = 0']
  const params: Record<string, unknown> = {}
  const add = (clause: string, name: string, value: unknown): void => {
    if (value === undefined) return
    clauses.push(clause)
    params[name] = value
  }
  add('f.repository_id = @repository_id', 'repository_id', filter.repository_id)
  add('f.original_language = @original_language', 'original_language', filter.original_language)
  add('f.date_end >= @date_from', 'date_from', filter.date_from)
  add('f.date_start <= @date_to', 'date_to', filter.date_to)
  add('f.confidence = @confidence', 'confidence', filter.confidence)
  add('f.document_id = @document_id', 'document_id', filter.document_id)
  add('EXISTS (SELECT 1 FROM finding_tags t WHERE t.finding_id = f.id AND t.tag = @tag)', 'tag', filter.tag)
  add('EXISTS (SELECT 1 FROM finding_claims c WHERE c.finding_id = f.id AND c.section_slug = @essay_section)', 'essay_section', filter.essay_section)
  add('EXISTS (SELECT 1 FROM finding_claims c WHERE c.finding_id = f.id AND c.paragraph_id = @essay_paragraph_id)', 'essay_paragraph_id', filter.essay_paragraph_id)
  add('EXISTS (SELECT 1 FROM finding_claims c WHERE c.finding_id = f.id AND c.stance = @stance)', 'stance', filter.stance)
  add('EXISTS (SELECT 1 FROM finding_links l WHERE l.finding_id = f.id AND l.target_kind = \'entity\' AND l.target_id = @entity_id)', 'entity_id', filter.entity_id)
  add('EXISTS (SELECT 1 FROM finding_links l WHERE l.finding_id = f.id AND l.target_kind = \'event\' AND l.target_id = @event_id)', 'event_id', filter.event_id)
  // Every word must be somewhere in the finding's own words: titles, summary, transcription, translation, notes.
  wordsOf(filter.text).forEach((word, i) => add(textClause(`text${i}`), `text${i}`, `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`))
  if (filter.has_conflicts !== undefined) clauses.push(filter.has_conflicts ? 'f.conflict_count > 0' : 'f.conflict_count = 0')
  return { where: clauses.join(' AND '), params }
}

/** The fields of a finding the "Words" filter looks in. */
const TEXT_FIELDS = [
  'title_or_description',
  'title_original',
  'title_romanized',
  'title_translation',
  'summary_en',
  'transcription',
  'translation_en',
  'provenance_note',
  'citation_note',
  'reference_raw',
  'doc_date_as_written',
] as const

const wordsOf = (text: string | undefined): string[] => (text ?? '').split(/\s+/).filter(Boolean).slice(0, 20)

function textClause(name: string): string {
  return `(${TEXT_FIELDS.map((field) => `json_extract(f.data, '$.${field}') LIKE @${name} ESCAPE '\\'`).join(' OR ')})`
}

/** The ORDER BY of a sorted list; the id breaks ties so pages never overlap or skip rows. */
export function orderSql(sort: keyof typeof SORT_COLUMNS, descending: boolean): string {
  return `${SORT_COLUMNS[sort]} ${descending ? 'DESC' : 'ASC'}, f.id`
}

/** Reads findings for the list, the detail pane and the CLI. */
export function createFindingQueries(db: Db) {
  const selectOne = db.prepare<[string], { data: string }>('SELECT data FROM findings WHERE id = ?')

  function get(id: string): Finding {
    const row = selectOne.get(id)
    if (!row) throw new AppError('record.not_found', `No finding with id ${id}`, 'id')
    return JSON.parse(row.data) as Finding
  }

  function list(input: FindingListInput): FindingPage {
    const query = ListSchema.parse(input)
    const { where, params } = filterSql(query)
    const total = (db.prepare(`SELECT count(*) AS n FROM findings f WHERE ${where}`).get(params) as { n: number }).n
    const order = orderSql(query.sort, query.descending)
    // The page's ids come from an index first; only those rows are then opened and summarised.
    const rows = db
      .prepare<Record<string, unknown>, SummaryRow>(
        `SELECT f.id, f.title, f.doc_date, f.date_start, f.repository_id, f.original_language, f.doc_type,
           f.confidence, f.deleted, f.conflict_count, f.updated_at,
           json_extract(f.data, '$.reference_raw') AS reference_raw,
           (SELECT json_group_array(tag) FROM finding_tags t WHERE t.finding_id = f.id) AS tags,
           (SELECT json_group_array(DISTINCT stance) FROM finding_claims c WHERE c.finding_id = f.id AND stance IS NOT NULL) AS stances
         FROM (SELECT f.id FROM findings f WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset) AS page
         JOIN findings f ON f.id = page.id ORDER BY ${order}`,
      )
      .all({ ...params, limit: query.limit, offset: query.offset })
    return { total, items: rows.map(toSummary) }
  }

  return { get, list }
}

function toSummary(row: SummaryRow): FindingSummary {
  return {
    ...row,
    tags: JSON.parse(row.tags ?? '[]') as string[],
    stances: JSON.parse(row.stances ?? '[]') as FindingSummary['stances'],
    deleted: row.deleted === 1,
  }
}
