import { z } from 'zod'
import { SectionSlug } from './essay'
import { RepositoryId, TEXT_LIMITS, Uuidv7, boundedList, requiredText } from './findingParts'

/**
 * Export and reference-import shapes (issue 7). `csl-json` is the extended CSL-JSON with the
 * workbench's `custom` block; `csl-json-strict` leaves it out so strict validators and Zotero accept it.
 */
export const EXPORT_FORMATS = ['csl-json', 'csl-json-strict', 'bibtex', 'biblatex', 'ris', 'csv', 'markdown'] as const
export const ExportFormat = z.enum(EXPORT_FORMATS)
export type ExportFormat = z.infer<typeof ExportFormat>

/** A day, month or year bound of a date filter: `1956`, `1956-09` or `1956-09-22`. */
export const DateBound = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')

/**
 * Which findings to export. Every given criterion must hold (AND); inside one list any value may
 * match (OR). Nothing given selects all findings. `finding_ids` is the current view of the list.
 */
export const ExportFilter = z.strictObject({
  essay_sections: boundedList(SectionSlug).optional(),
  tags: boundedList(requiredText(TEXT_LIMITS.tag)).optional(),
  repository_ids: boundedList(RepositoryId).optional(),
  /** Findings whose date may fall on or after the start of this bound. */
  date_from: DateBound.optional(),
  /** Findings whose date may fall on or before the end of this bound. */
  date_to: DateBound.optional(),
  finding_ids: boundedList(Uuidv7, 100_000).optional(),
})
export type ExportFilter = z.infer<typeof ExportFilter>

/** What an export left out and why: the "N exported, 1 withheld, …" line shown after every export. */
export const ExportReport = z.strictObject({
  format: ExportFormat,
  exported: z.int().nonnegative(),
  /** Findings that matched but carry `do_not_share`: they never leave the owner's device. */
  withheld_do_not_share: z.int().nonnegative(),
  /** Tombstoned findings that matched the filter and were left out. */
  excluded_deleted: z.int().nonnegative(),
  /** Exported findings with unresolved conflicts (provisional values, `workbench-conflict:` line). */
  with_conflicts: z.int().nonnegative(),
  /** Exported findings whose transcription was left out for `quote_permission_required`. */
  transcription_suppressed: z.int().nonnegative(),
})
export type ExportReport = z.infer<typeof ExportReport>

/** Reference files that `import-refs` reads. */
export const REFERENCE_FORMATS = ['csl-json', 'ris', 'bibtex'] as const
export const ReferenceFormat = z.enum(REFERENCE_FORMATS)
export type ReferenceFormat = z.infer<typeof ReferenceFormat>

/** Something wrong with one record of an imported reference file; `index` counts from 0. */
/**
 * Why an imported record needed a default or was skipped, for the screen to say in the reader's
 * language (`message` is the English of the command line; `field` names the CSL variable).
 */
export const REFERENCE_PROBLEM_REASONS = ['noTitle', 'unknownArchive', 'noReference', 'noLanguage', 'notLanguage', 'noAbstract', 'noDate', 'notDate'] as const

export const ReferenceProblem = z.strictObject({
  index: z.int().nonnegative(),
  field: z.string(),
  message: z.string(),
  reason: z.enum(REFERENCE_PROBLEM_REASONS).optional(),
  /** The record's own text the reason quotes (a language or date the app could not read). */
  value: z.string().optional(),
  /** `error`: the record was not turned into a draft; `warning`: it was, with a default. */
  severity: z.enum(['error', 'warning']),
})
export type ReferenceProblem = z.infer<typeof ReferenceProblem>
