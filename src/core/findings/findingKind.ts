import type { z } from 'zod'
import { SectionSlug } from '../../shared/model/essay'
import { FindingFieldsObject } from '../../shared/model/finding'
import { ClaimLink, DocumentId, EntityId, RepositoryId, RightsFlag, TEXT_LIMITS } from '../../shared/model/findingParts'
import { PageRegion } from '../../shared/model/pages'
import type { Db } from '../db/types'
import { validateChange, type KindFields, type RecordKind } from '../sync/kinds'
import { FINDING_KIND } from './findingOps'
import type { FindingStore } from './findingStore'
import { PAGE_POSITIONS } from './pageOrder'
import { POSITION_KEY } from './positionKeys'

/** What a do_not_share finding leaves on a colleague's laptop: enough to say "same document". */
export const FINDING_STUB_KIND = 'finding_stub'

const schemaCheck = (schema: z.ZodType) => (element: string) => {
  const parsed = schema.safeParse(element)
  return parsed.success ? undefined : parsed.error.issues[0]?.message
}

/** Set elements that are JSON objects (claim links, regions): parsed, then checked by their schema. */
const jsonCheck = (schema: z.ZodType, what: string) => (element: string) => {
  try {
    return schemaCheck(schema)(JSON.parse(element) as string)
  } catch {
    return `is not a JSON ${what}`
  }
}

const FINDING_FIELDS: KindFields = {
  scalars: FindingFieldsObject.omit({
    tags: true, entities: true, events: true, essay_sections: true, claim_links: true, rights: true, attachments: true, regions: true,
  }),
  sets: {
    tags: (tag) => (tag.trim() === '' || tag.length > TEXT_LIMITS.tag ? `must be 1 to ${TEXT_LIMITS.tag} characters` : undefined),
    entities: schemaCheck(EntityId),
    events: schemaCheck(EntityId),
    essay_sections: schemaCheck(SectionSlug),
    claim_links: jsonCheck(ClaimLink, 'claim link'),
    regions: jsonCheck(PageRegion, 'page region'),
    rights: schemaCheck(RightsFlag),
    attachments: (element) =>
      /^[0-9a-f]{64}\/\P{Cc}{1,300}$/u.test(element) ? undefined : 'must be <sha256>/<file name> without control characters',
    [PAGE_POSITIONS]: (element) =>
      /^[0-9a-f]{64}:/.test(element) && POSITION_KEY.test(element.slice(65)) ? undefined : 'must be <sha256>:<position key>',
  },
}

const STUB_FIELDS: KindFields = {
  scalars: FindingFieldsObject.pick({ repository_id: true }).extend({
    reference_key: FindingFieldsObject.shape.reference_raw,
    document_id: DocumentId,
  }),
  sets: {},
}

export function findingKind(store: FindingStore): RecordKind {
  return { name: FINDING_KIND, validate: (op) => validateChange(op, FINDING_FIELDS), materialize: (id, known) => void store.materialize(id, known) }
}

/** Stubs are stored as given: id, repository, key and document of a finding kept private. */
export function findingStubKind(db: Db): RecordKind {
  const upsert = db.prepare(
    `INSERT INTO finding_stubs (id, repository_id, reference_key, document_id, device_id) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET repository_id = excluded.repository_id, reference_key = excluded.reference_key,
       document_id = excluded.document_id`,
  )
  const latest = db.prepare<[string], { device: string; change: string }>(
    `SELECT device, change FROM ops WHERE kind = '${FINDING_STUB_KIND}' AND record = ? ORDER BY hlc DESC LIMIT 1`,
  )
  return {
    name: FINDING_STUB_KIND,
    validate: (op) => validateChange(op, STUB_FIELDS) ?? (op.change.type === 'set' && !RepositoryId.safeParse(op.change.values.repository_id).success ? 'repository_id is missing' : undefined),
    materialize(id) {
      const row = latest.get(id)
      if (!row) return
      const values = (JSON.parse(row.change) as { values: Record<string, string> }).values
      upsert.run(id, values.repository_id, values.reference_key, values.document_id, row.device)
    },
  }
}
