import { AppError } from '../../shared/api/errors'
import type { ClaimLink } from '../../shared/model/findingParts'
import type { PageRef, PageRegion } from '../../shared/model/pages'
import type { Db } from '../db/types'

interface LinkedIds {
  repository_id?: string
  essay_sections?: readonly string[]
  claim_links?: readonly ClaimLink[]
  entities?: readonly string[]
  events?: readonly string[]
  attachments?: readonly PageRef[]
  regions?: readonly PageRegion[]
}

/**
 * Checks that every id a finding points to exists here (repository, essay sections and
 * paragraphs, entities, events), naming the first field at fault: `essay_sections.1: unknown
 * essay section "explaning-evolution"`.
 */
export function createReferenceCheck(db: Db) {
  const exists = (sql: string) => {
    const statement = db.prepare<[string], unknown>(sql)
    return (id: string): boolean => statement.get(id) !== undefined
  }
  const repository = exists('SELECT 1 FROM repositories WHERE id = ?')
  const section = exists('SELECT 1 FROM essay_sections WHERE slug = ?')
  const paragraph = exists('SELECT 1 FROM essay_paragraphs WHERE id = ?')
  const entity = exists('SELECT 1 FROM entities WHERE id = ?')
  const event = exists('SELECT 1 FROM events WHERE id = ?')
  const file = exists('SELECT 1 FROM attachments WHERE sha256 = ?')

  return (finding: LinkedIds, prefix = ''): void => {
    const fail = (field: string, message: string): never => {
      throw new AppError('input.invalid', `${prefix}${field}: ${message}`, `${prefix}${field}`)
    }
    if (finding.repository_id !== undefined && !repository(finding.repository_id)) {
      fail('repository_id', `unknown repository "${finding.repository_id}" (add it first, or pick one of the list)`)
    }
    finding.essay_sections?.forEach((slug, i) => section(slug) || fail(`essay_sections.${i}`, `unknown essay section "${slug}"`))
    finding.entities?.forEach((id, i) => entity(id) || fail(`entities.${i}`, `unknown entity "${id}"`))
    finding.events?.forEach((id, i) => event(id) || fail(`events.${i}`, `unknown event "${id}"`))
    finding.claim_links?.forEach((link, i) => {
      if (link.essay_section && !section(link.essay_section)) fail(`claim_links.${i}.essay_section`, `unknown essay section "${link.essay_section}"`)
      const paragraphId = link.essay_paragraph_id ?? link.passage?.paragraph_id
      if (paragraphId && !paragraph(paragraphId)) fail(`claim_links.${i}`, `unknown essay paragraph "${paragraphId}"`)
    })
    finding.attachments?.forEach((page, i) => file(page.sha256) || fail(`attachments.${i}`, `"${page.name}" is not stored here; add the file first`))
  }
}

/**
 * A region drawn now must lie on one of the finding's pages. Regions already stored are left as
 * they are: a removed page keeps its regions, and they show again if the page is put back.
 */
export function checkNewRegions(regions: readonly PageRegion[], pages: readonly PageRef[], stored: readonly PageRegion[]): void {
  const onPage = new Set(pages.map((page) => page.sha256))
  const known = new Set(stored.map((region) => region.id))
  regions.forEach((region, i) => {
    if (known.has(region.id) || onPage.has(region.page)) return
    throw new AppError('input.invalid', `regions.${i}: the region is on a file that is not one of this finding's pages`, `regions.${i}`)
  })
}
