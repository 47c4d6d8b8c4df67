import { z } from 'zod'

/** Whether a row ships with the app (replaced on upgrade) or is the researcher's own (never touched). */
export const Origin = z.enum(['bundled', 'user'])
export type Origin = z.infer<typeof Origin>

/** A stable lowercase hyphenated id, as used by the reference data (`kim-il-sung`, `august-plenum-1956`). */
export const RecordId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase hyphenated id')
  .max(120)

export const ENTITY_TYPES = ['person', 'place', 'organization', 'archive', 'concept', 'state', 'party'] as const
export const EntityType = z.enum(ENTITY_TYPES)
export type EntityType = z.infer<typeof EntityType>

/** One form of a name: `金日成` (zh, Hans, hanzi), `Kim Il-sŏng` (ko, Latn, mccune-reischauer)… */
export const EntityName = z.object({
  id: z.string(),
  form: z.string(),
  /** BCP 47 language of the form, e.g. `ko`, `zh`, `ru`, `en`. */
  lang: z.string(),
  /** ISO 15924 script, e.g. `Hang`, `Hans`, `Hant`, `Hani`, `Cyrl`, `Latn`. */
  script: z.string(),
  /** Romanization or writing system, e.g. `pinyin`, `wade-giles`, `mccune-reischauer`. */
  scheme: z.string().nullable(),
  /** How the form relates to the entity: `abbreviation`, `historical`, `pejorative`, `alias`… */
  relation: z.string().nullable(),
  note: z.string().nullable(),
  preferred: z.boolean(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  origin: Origin,
})
export type EntityName = z.infer<typeof EntityName>

/** An entity as it appears in a link: enough to label it and open its page. */
export const EntityRef = z.object({ id: RecordId, type: EntityType, preferredName: z.string() })
export type EntityRef = z.infer<typeof EntityRef>

export const EntitySummary = EntityRef.extend({
  subtype: z.string().nullable(),
  description: z.string(),
  nameCount: z.number().int().nonnegative(),
  eventCount: z.number().int().nonnegative(),
})
export type EntitySummary = z.infer<typeof EntitySummary>

export const EntityDetail = EntitySummary.extend({
  /** Life dates or validity, as given by the reference data (`born`, `died`, `note`…). */
  dates: z.record(z.string(), z.string()),
  notes: z.string().nullable(),
  /** Entities easily confused with this one (`kim-il` for `kim-il-sung`). */
  confusableWith: z.array(EntityRef),
  names: z.array(EntityName),
})
export type EntityDetail = z.infer<typeof EntityDetail>

/** A researcher's own name form for an entity (an alias such as `金首相` for Kim Il Sung). */
export const NewEntityName = z.strictObject({
  entityId: RecordId,
  form: z.string().trim().min(1, 'must not be empty').max(200),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as ko or zh-Hant'),
  script: z.string().regex(/^[A-Z][a-z]{3}$/, 'must be an ISO 15924 script code such as Hang, Hans or Latn'),
  scheme: z.string().trim().min(1).max(60).optional(),
  relation: z.string().trim().min(1).max(60).default('alias'),
  note: z.string().trim().max(2000).optional(),
})
export type NewEntityName = z.infer<typeof NewEntityName>
