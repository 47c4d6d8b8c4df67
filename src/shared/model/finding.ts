import { z } from 'zod'
import {
  AgentRef,
  ClaimLink,
  DocumentId,
  EntityId,
  EventId,
  FindingConflict,
  IsoDate,
  IsoInstant,
  PublishedTranslation,
  RepositoryId,
  RightsFlag,
  SourcePublication,
  TEXT_LIMITS,
  Uuidv7,
  boundedList,
  boundedText,
  requiredText,
} from './findingParts'
import {
  AccessStatus,
  AccessStatusCurrent,
  COLLEAGUE_COPY_TYPES,
  CitationStyleId,
  ClassificationLevel,
  Confidence,
  CopyType,
  DateCertainty,
  DatePrecision,
  DocType,
  RomanizationScheme,
  TranscriptionStatus,
  VIEWED_COPY_TYPES,
} from './findingVocab'
import { validateEdtf } from '../findings/date/edtfValue'
import { SectionSlug } from './essay'
import { PageList, RegionList } from './pages'
import { english } from '../i18n/english'
import type { MessageId } from '../i18n/messageIds'

/**
 * Bumped when the stored shape of a finding changes, so sync and import can migrate old records.
 * 2: names and titles in original script, romanization and translation; the short title; what the
 * document was published in; the citation style and the note for publication; access date and
 * "obtained by" of a published translation. Every version-1 finding is a valid version-2 one.
 */
export const FINDING_SCHEMA_VERSION = 2

/** What `reference_raw` holds when the reference is truly unknown (then a reason is required). */
export const UNKNOWN_REFERENCE = '[unknown]'

/** A BCP 47 tag such as `zh-Hans`, `ko-Kore`, `ko-KP`, `ru` (shape only; not a registry check). */
export const LanguageTag = z
  .string()
  .max(35)
  .regex(
    /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/,
    'must be a BCP 47 tag like zh-Hans, ko-KP or ru',
  )

/** An EDTF string such as `1956-09-2X` or `[1956-09..1956-10]`, checked with the `edtf` package. */
export const EdtfString = z
  .string()
  .max(200)
  .superRefine((value, ctx) => {
    const checked = validateEdtf(value)
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message })
  })

/**
 * Everything a researcher records about one reading (archival-model.md §3.2), with the §3.2
 * snake_case names so `workbench add` accepts the same JSON. No ids, clocks or derived keys.
 */
const findingFields = {
  repository_id: RepositoryId,
  reference_raw: requiredText(TEXT_LIMITS.reference),
  reference_unknown_reason: boundedText(TEXT_LIMITS.note).optional(),
  pages: boundedText(TEXT_LIMITS.shortText).optional(),
  doc_date: EdtfString,
  doc_date_certainty: DateCertainty,
  doc_date_as_written: boundedText(TEXT_LIMITS.shortText).optional(),
  title_or_description: requiredText(TEXT_LIMITS.title),
  title_original: boundedText(TEXT_LIMITS.title).optional(),
  title_romanized: boundedText(TEXT_LIMITS.title).optional(),
  romanization_scheme: RomanizationScheme.optional(),
  /** An English translation of `title_original`, printed in brackets after it (CMOS 11.x). */
  title_translation: boundedText(TEXT_LIMITS.title).optional(),
  /** A short title of up to about four words, for short notes. */
  title_short: boundedText(TEXT_LIMITS.shortText).optional(),
  /**
   * True when `title_or_description` is a title the document itself bears (quoted in citations);
   * otherwise it is the researcher's description, printed without quotes.
   */
  title_on_document: z.boolean().optional(),
  doc_type: DocType,
  original_language: LanguageTag,
  classification_original: boundedText(TEXT_LIMITS.shortText).optional(),
  classification_level: ClassificationLevel.optional(),
  precedence: boundedText(TEXT_LIMITS.shortText).optional(),
  creators: boundedList(AgentRef).default([]),
  recipients: boundedList(AgentRef).default([]),
  participants: boundedList(AgentRef).default([]),
  entities: boundedList(EntityId).default([]),
  events: boundedList(EventId).default([]),
  essay_sections: boundedList(SectionSlug).default([]),
  claim_links: boundedList(ClaimLink).default([]),
  transcription: boundedText(TEXT_LIMITS.longText).optional(),
  transcription_status: TranscriptionStatus.optional(),
  translation_en: boundedText(TEXT_LIMITS.longText).optional(),
  translation_machine_assisted: z.boolean().optional(),
  summary_en: requiredText(TEXT_LIMITS.summary),
  tags: boundedList(requiredText(TEXT_LIMITS.tag)).default([]),
  confidence: Confidence,
  copy_type: CopyType,
  provenance_note: boundedText(TEXT_LIMITS.note).optional(),
  supplied_by: boundedText(TEXT_LIMITS.shortText).optional(),
  viewed_on: IsoDate.optional(),
  access_status_at_viewing: AccessStatus.optional(),
  access_status_current: AccessStatusCurrent.optional(),
  access_status_as_of: IsoDate.optional(),
  rights: boundedList(RightsFlag, 10).default([]),
  published_translation: PublishedTranslation.optional(),
  /** The newspaper, periodical or document collection the document was published in. */
  published_in: SourcePublication.optional(),
  /** How this finding is cited; Chicago when absent. */
  citation_style: CitationStyleId.optional(),
  /**
   * What the researcher marks for publication with the citation (e.g. "Copy supplied by …"): the
   * only note that a citation, BibTeX `note` or RIS `N1` carries. Private notes never do.
   */
  citation_note: boundedText(TEXT_LIMITS.note).optional(),
  /** Photos and scans of the document, in page order (files named by SHA-256 in the data directory). */
  attachments: PageList.default([]),
  /** Rectangles of pages linked to passages of the transcription or translation. */
  regions: RegionList.default([]),
}

/** The fields that the rules below look at; every finding shape has at least these. */
type RuleFields = {
  reference_raw?: string
  reference_unknown_reason?: string
  classification_original?: string
  classification_level?: string
  copy_type?: string
  provenance_note?: string
  supplied_by?: string
  viewed_on?: string
  transcription?: string
  transcription_status?: string
  title_romanized?: string
  romanization_scheme?: string
}

/** The cross-field rules of §3.2, by name; the catalogue says each in words (`rule.<name>`). */
export type FindingRule =
  | 'referenceUnknown'
  | 'classificationLevel'
  | 'colleagueProvenance'
  | 'colleagueSupplier'
  | 'viewedOn'
  | 'transcriptionStatus'
  | 'romanizationScheme'

export interface FieldIssue {
  field: string
  /** In English, for the core and the CLI; the UI words it from `rule` and `params`. */
  message: string
  rule?: FindingRule
  params?: { copyType?: string }
}

const isBlank = (value: string | undefined) => value === undefined || value.trim() === ''

/**
 * The conditional requirements of §3.2, as data so the form can show them beside each field and
 * the service can check a merged update. Returns no issues when the finding is complete.
 */
export function findingRuleIssues(finding: RuleFields): FieldIssue[] {
  const issues: FieldIssue[] = []
  const copyType = finding.copy_type as CopyType | undefined
  const params = copyType === undefined ? {} : { copyType }
  const require = (field: keyof RuleFields, when: boolean, rule: FindingRule) => {
    if (!when || !isBlank(finding[field])) return
    const copy = copyType === undefined ? '' : english(`vocab.copyType.${copyType}` as MessageId)
    issues.push({ field, rule, params, message: english(`rule.${rule}`, { copyType: copy }) })
  }
  require('reference_unknown_reason', finding.reference_raw?.trim() === UNKNOWN_REFERENCE, 'referenceUnknown')
  require('classification_level', !isBlank(finding.classification_original), 'classificationLevel')
  const colleague = copyType !== undefined && COLLEAGUE_COPY_TYPES.includes(copyType)
  require('provenance_note', colleague, 'colleagueProvenance')
  require('supplied_by', colleague, 'colleagueSupplier')
  const viewed = copyType !== undefined && VIEWED_COPY_TYPES.includes(copyType)
  require('viewed_on', viewed, 'viewedOn')
  require('transcription_status', !isBlank(finding.transcription), 'transcriptionStatus')
  require('romanization_scheme', !isBlank(finding.title_romanized), 'romanizationScheme')
  return issues
}

function checkRules(finding: RuleFields, ctx: z.RefinementCtx) {
  for (const issue of findingRuleIssues(finding)) {
    ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message })
  }
}

/** The plain object of user-supplied fields, without the cross-field rules (for `.pick`/`.partial`). */
export const FindingFieldsObject = z.strictObject(findingFields)

/** What a user or the CLI supplies to create a finding. Unknown keys are errors. */
export const FindingCreateInput = FindingFieldsObject.superRefine(checkRules)
export type FindingCreateInput = z.input<typeof FindingCreateInput>
export type FindingDraft = z.output<typeof FindingCreateInput>

/**
 * The list fields that sync merges as observed-remove sets (archival-model §4): additions made
 * on two laptops both survive, and a removal cancels only the additions its writer had seen.
 * The pages (`attachments`) are such a set too, with their order kept beside it (see
 * core/findings/pageOrder.ts); regions are set elements as claim links are. The other lists
 * (creators, recipients, participants) are ordered and replaced as a whole.
 */
export const FINDING_SET_FIELDS = ['entities', 'events', 'essay_sections', 'claim_links', 'tags', 'rights', 'attachments', 'regions'] as const satisfies readonly (keyof typeof findingFields)[]
export type FindingSetField = (typeof FINDING_SET_FIELDS)[number]

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T

/** Every field optional, and a field with a default loses it: absent means "unchanged", not "emptied". */
function optionalWithoutDefaults<S extends Record<string, z.ZodType>>(shape: S) {
  const optional = Object.entries(shape).map(([field, schema]) => [field, z.optional(schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema)])
  return Object.fromEntries(optional) as { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> }
}

/**
 * A partial update: any subset of the user fields, plus the id. Cross-field rules are checked by
 * the service on the merged record with `findingRuleIssues`, since a patch alone cannot know them.
 */
export const FindingUpdateInput = z.strictObject({ id: Uuidv7, ...optionalWithoutDefaults(findingFields) })
export type FindingUpdateInput = z.input<typeof FindingUpdateInput>

/** The fields the workbench derives or stamps; never typed by a user. */
const storedFields = {
  id: Uuidv7,
  schema_version: z.int().positive(),
  document_id: DocumentId,
  reference_key: requiredText(TEXT_LIMITS.reference + 100),
  reference_scheme: boundedText(40),
  reference_parsed: z.record(z.string().max(40), z.string().max(TEXT_LIMITS.reference)).optional(),
  doc_date_precision: DatePrecision,
  created_at: IsoInstant,
  updated_at: IsoInstant,
  /** Hybrid logical clock stamps (src/core/sync/hlc.ts encoding). */
  created_hlc: boundedText(TEXT_LIMITS.shortText),
  updated_hlc: boundedText(TEXT_LIMITS.shortText),
  created_by: requiredText(TEXT_LIMITS.shortText),
  updated_by: requiredText(TEXT_LIMITS.shortText),
  device_id: requiredText(TEXT_LIMITS.shortText),
  deleted: z.boolean(),
  deleted_at: IsoInstant.optional(),
  deleted_by: boundedText(TEXT_LIMITS.shortText).optional(),
  conflicts: boundedList(FindingConflict).default([]),
}

/** The fields the workbench derives or stamps, by name (an update never takes them from the user). */
export const FINDING_STORED_FIELDS: readonly string[] = Object.keys(storedFields)

/** A finding as stored and as returned by the API. */
export const Finding = z.strictObject({ ...findingFields, ...storedFields }).superRefine(checkRules)
export type Finding = z.output<typeof Finding>
