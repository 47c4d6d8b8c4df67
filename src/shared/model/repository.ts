import { z } from 'zod'
import { REFERENCE_SCHEMES } from '../findings/reference/types'
import {
  EntityId,
  EventId,
  RepositoryId,
  TEXT_LIMITS,
  boundedList,
  boundedText,
  requiredText,
} from './findingParts'

/** One name of a repository in one language and script, as in entities.json. */
export const RepositoryName = z.strictObject({
  form: requiredText(TEXT_LIMITS.shortText),
  lang: z.string().max(12),
  script: z.string().regex(/^[A-Z][a-z]{3}$/, 'must be an ISO 15924 script code like Latn, Hans, Cyrl'),
  scheme: boundedText(60).optional(),
  relation: boundedText(60).optional(),
  preferred: z.boolean().optional(),
  note: boundedText(TEXT_LIMITS.note).optional(),
  valid_from: boundedText(20).optional(),
  valid_to: boundedText(20).optional(),
})
export type RepositoryName = z.infer<typeof RepositoryName>

/** A dated fact about access to a repository's holdings (openings, reclassification, rules). */
export const AccessNote = z.strictObject({
  /** EDTF date or range of the fact, e.g. `2013`, `2016-12-01`, `[2004-01-16,2004-01-19]`. */
  as_of: boundedText(60).optional(),
  text: requiredText(TEXT_LIMITS.note),
  /** The seed event that records the same fact, when there is one (events.json). */
  event_id: EventId.optional(),
  /** True when the fact is reported second-hand or sources disagree. */
  uncertain: z.boolean().optional(),
})
export type AccessNote = z.infer<typeof AccessNote>

/** A repository a finding can come from (archival-model.md §3.1). */
export const Repository = z.strictObject({
  id: RepositoryId,
  /** The matching entity in entities.json, so search and suggestions treat it as a named thing. */
  entity_id: EntityId.optional(),
  name: requiredText(TEXT_LIMITS.shortText),
  names: boundedList(RepositoryName, 50),
  city: boundedText(TEXT_LIMITS.shortText).optional(),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like CN, RU, KR, US').optional(),
  reference_scheme: z.enum(REFERENCE_SCHEMES),
  /** How a reference is written there, in words. */
  reference_format: requiredText(TEXT_LIMITS.note),
  reference_example: boundedText(TEXT_LIMITS.reference).optional(),
  access_notes: boundedList(AccessNote, 100).default([]),
  /** Collections (fonds, record groups) the researcher has used there, in the archive's words. */
  collections: boundedList(requiredText(TEXT_LIMITS.shortText), 200).optional(),
})
export type Repository = z.infer<typeof Repository>

/**
 * What a person gives to add a repository: its name in English (or the form citations use), the
 * name in its own script, the place, a first collection. Everything else has a sensible default
 * (an id from the name, the generic reference scheme); a full `Repository` is accepted as well.
 */
export const NewRepository = Repository.partial({
  id: true,
  names: true,
  reference_scheme: true,
  reference_format: true,
  access_notes: true,
}).extend({
  /** The name in its own script (국사편찬위원회); its language and script are recognised. */
  original_name: boundedText(TEXT_LIMITS.shortText).optional(),
  /** One collection to record with it. */
  collection: boundedText(TEXT_LIMITS.shortText).optional(),
})
export type NewRepository = z.input<typeof NewRepository>

/** The bundled seed file: resources/seed/repositories.json. */
export const RepositorySeed = z.strictObject({
  version: z.literal(1),
  repositories: boundedList(Repository, 1_000),
})
export type RepositorySeed = z.infer<typeof RepositorySeed>
