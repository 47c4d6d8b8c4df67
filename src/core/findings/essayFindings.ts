import type { Api } from '../../shared/api/contract'
import { PassageAnchor } from '../../shared/anchoring'
import { STANCES, type Stance } from '../../shared/model/findingVocab'
import type { EssayFindingCounts, EssayPassage, StanceCounts } from '../../shared/model/findingCounts'
import type { Db } from '../db/types'
import { documentIdFor, referenceKeyOf } from './materialize'
import { createFindingQueries } from './findingQueries'

type EssayFindingsApi = Pick<Api, 'essay.findingCounts' | 'essay.findingPassages' | 'findings.sameDocument'>

interface ClaimRow {
  key: string
  finding_id: string
  stance: Stance | null
}

const emptyCounts = (): StanceCounts => ({ total: 0, supports: 0, qualifies: 0, contradicts: 0, context: 0, tagged: 0 })

/**
 * Folds claim rows into counts per key: each finding counts once in `total` and once per
 * stance it takes there; a finding with no stance at that place counts as `tagged`.
 */
export function countByStance(rows: readonly ClaimRow[]): Record<string, StanceCounts> {
  const stancesOf = new Map<string, Map<string, Set<Stance | null>>>()
  for (const row of rows) {
    const findings = stancesOf.get(row.key) ?? new Map<string, Set<Stance | null>>()
    stancesOf.set(row.key, findings)
    findings.set(row.finding_id, (findings.get(row.finding_id) ?? new Set()).add(row.stance))
  }
  const counts: Record<string, StanceCounts> = {}
  for (const [key, findings] of stancesOf) {
    const tally = emptyCounts()
    for (const stances of findings.values()) {
      tally.total += 1
      for (const stance of STANCES) if (stances.has(stance)) tally[stance] += 1
      if (![...stances].some((s) => s !== null)) tally.tagged += 1
    }
    counts[key] = tally
  }
  return counts
}

/** The essay's view of findings: counts beside sections and paragraphs, anchored passages, same-document lookups. */
export function createEssayFindingsApi(db: Db): EssayFindingsApi {
  const live = 'FROM finding_claims c JOIN findings f ON f.id = c.finding_id WHERE f.deleted = 0'
  const sectionRows = db.prepare<[], ClaimRow>(`SELECT c.section_slug AS key, c.finding_id, c.stance ${live}`)
  const paragraphRows = db.prepare<[], ClaimRow>(
    `SELECT c.paragraph_id AS key, c.finding_id, c.stance ${live} AND c.paragraph_id IS NOT NULL`,
  )
  const passageRows = db.prepare<[], { finding_id: string; title: string; paragraph_id: string; stance: Stance; passage: string }>(
    `SELECT c.finding_id, f.title, c.paragraph_id, c.stance, c.passage ${live} AND c.passage IS NOT NULL
     ORDER BY c.paragraph_id, f.date_start, f.id`,
  )
  const queries = createFindingQueries(db)

  function findingCounts(): EssayFindingCounts {
    return { sections: countByStance(sectionRows.all()), paragraphs: countByStance(paragraphRows.all()) }
  }

  function findingPassages(): EssayPassage[] {
    return passageRows.all().flatMap((row) => {
      const anchor = PassageAnchor.safeParse(JSON.parse(row.passage))
      return anchor.success ? [{ ...row, anchor: anchor.data }] : []
    })
  }

  function sameDocument(repositoryId: string, referenceRaw: string) {
    const { reference } = referenceKeyOf('', repositoryId, referenceRaw)
    if (referenceRaw.trim() === '' || reference.reference_key === null) {
      return { reference_key: reference.reference_key, document_id: null, findings: [] }
    }
    const documentId = documentIdFor(repositoryId, reference.reference_key)
    return {
      reference_key: reference.reference_key,
      document_id: documentId,
      findings: queries.list({ document_id: documentId, limit: 50 }).items,
    }
  }

  return {
    'essay.findingCounts': () => findingCounts(),
    'essay.findingPassages': () => findingPassages(),
    'findings.sameDocument': ({ repository_id, reference_raw }) => sameDocument(repository_id, reference_raw),
  }
}
