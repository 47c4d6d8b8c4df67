import { z } from 'zod'
import { SectionSlug } from '../../shared/model/essay'
import { FINDING_SET_FIELDS, FindingFieldsObject } from '../../shared/model/finding'
import { ClaimLink, DocumentId, EntityId, RepositoryId, RightsFlag, TEXT_LIMITS, Uuidv7 } from '../../shared/model/findingParts'
import { PageRef, PageRegion } from '../../shared/model/pages'
import type { Db } from '../db/types'
import { idChecker, wholeWhenRequiredSet, type KindFields, type PrivacyRule, type RecordKind } from '../sync/kinds'
import type { Op } from '../sync/op'
import type { OpStore } from '../sync/opStore'
import { pastStamp } from '../sync/stamps'
import { elementValue, FINDING_KIND } from './findingOps'
import type { FindingStore } from './findingStore'
import { PAGE_POSITIONS } from './pageOrder'
import { POSITION_KEY } from './positionKeys'

/** What a do_not_share finding leaves on a colleague's laptop: enough to say "same document". */
export const FINDING_STUB_KIND = 'finding_stub'

const schemaCheck = (schema: z.ZodType) => (element: unknown) => {
  const parsed = schema.safeParse(element)
  return parsed.success ? undefined : parsed.error.issues[0]?.message
}

/** Set elements that are JSON objects (claim links, regions): parsed, then checked by their schema. */
const jsonCheck = (schema: z.ZodType, what: string) => (element: string) => {
  try {
    return schemaCheck(schema)(JSON.parse(element))
  } catch {
    return `is not a JSON ${what}`
  }
}

/**
 * The check of each set field's elements, one per set field of the model (the type makes a new
 * one impossible to forget), and of the pages' positions kept beside them (see pageOrder.ts).
 */
const SET_CHECKS: Record<(typeof FINDING_SET_FIELDS)[number] | typeof PAGE_POSITIONS, (element: string) => string | undefined> = {
  tags: (tag) => (tag.trim() === '' || tag.length > TEXT_LIMITS.tag ? `must be 1 to ${TEXT_LIMITS.tag} characters` : undefined),
  entities: schemaCheck(EntityId),
  events: schemaCheck(EntityId),
  essay_sections: schemaCheck(SectionSlug),
  claim_links: jsonCheck(ClaimLink, 'claim link'),
  regions: jsonCheck(PageRegion, 'page region'),
  rights: schemaCheck(RightsFlag),
  attachments: (element) =>
    element[64] === '/' ? schemaCheck(PageRef)(elementValue('attachments', element)) : 'must be <sha256>/<file name>',
  [PAGE_POSITIONS]: (element) =>
    /^[0-9a-f]{64}:/.test(element) && POSITION_KEY.test(element.slice(65)) ? undefined : 'must be <sha256>:<position key>',
}

const setMask = Object.fromEntries(FINDING_SET_FIELDS.map((field) => [field, true])) as { [K in (typeof FINDING_SET_FIELDS)[number]]: true }

/** The finding's fields as sync sees them, all taken from the model: scalars, and the set fields. */
const FINDING_FIELDS: KindFields = { scalars: FindingFieldsObject.omit(setMask), sets: SET_CHECKS }

const STUB_FIELDS: KindFields = {
  scalars: z.strictObject({
    repository_id: RepositoryId,
    reference_key: FindingFieldsObject.shape.reference_raw,
    document_id: DocumentId,
  }),
  sets: {},
}

/** Findings marked do_not_share stay here; colleagues get a stub (id, repository, reference key, document). */
function findingPrivacy(db: Db, ops: OpStore): PrivacyRule {
  const selectPrivate = db.prepare<[], { id: string }>(
    "SELECT id FROM findings WHERE EXISTS (SELECT 1 FROM json_each(findings.data, '$.rights') WHERE value = 'do_not_share')",
  )
  const selectStub = db.prepare<[string], { repository_id: string; document_id: string; reference_key: string }>(
    "SELECT repository_id, document_id, json_extract(data, '$.reference_key') AS reference_key FROM findings WHERE id = ?",
  )
  return {
    privateRecords: () => new Set(selectPrivate.all().map((row) => row.id)),
    stub(id): Op | undefined {
      const row = selectStub.get(id)
      const latest = ops.opsOf(FINDING_KIND, id).at(-1)
      if (!row || !latest) return undefined
      return {
        hlc: pastStamp(latest.hlc),
        device: latest.device,
        kind: FINDING_STUB_KIND,
        record: `${id}:stub`,
        seen: {},
        change: { type: 'set', values: { repository_id: row.repository_id, reference_key: row.reference_key, document_id: row.document_id } },
      }
    },
  }
}

export function findingKind(db: Db, ops: OpStore, store: FindingStore): RecordKind {
  const selectTitle = db.prepare<[string], { title: string }>('SELECT title FROM findings WHERE id = ?')
  return {
    name: FINDING_KIND,
    label: 'finding',
    checkId: idChecker(Uuidv7, 'a finding id (a UUIDv7)'),
    fields: FINDING_FIELDS,
    checkWhole: wholeWhenRequiredSet(FINDING_FIELDS.scalars),
    materialize: (id, known) => void store.materialize(id, known),
    privacy: findingPrivacy(db, ops),
    title: (id) => selectTitle.get(id)?.title,
  }
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
    label: 'private finding of a colleague',
    checkId: (id) => (id.endsWith(':stub') && Uuidv7.safeParse(id.slice(0, -':stub'.length)).success ? undefined : 'is not a finding id followed by ":stub"'),
    fields: STUB_FIELDS,
    stubs: true,
    checkWhole: wholeWhenRequiredSet(STUB_FIELDS.scalars),
    materialize(id) {
      const row = latest.get(id)
      if (!row) return
      const values = (JSON.parse(row.change) as { values: Record<string, string> }).values
      upsert.run(id, values.repository_id, values.reference_key, values.document_id, row.device)
    },
  }
}
