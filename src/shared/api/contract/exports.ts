import { z } from 'zod'
import { ExportFilter, ExportFormat, ExportReport, ReferenceFormat, ReferenceProblem } from '../../model/export'
import { Uuidv7 } from '../../model/findingParts'
import { defineMethods } from '../define'

/** Largest reference file `export.importRefs` reads (a Zotero library of tens of thousands of items). */
export const MAX_REFERENCE_FILE_CHARS = 12_000_000

export const exportMethods = defineMethods({
  /** Findings in one format for Zotero, spreadsheets or drafting, with the report of what was left out. */
  'export.run': {
    input: z.strictObject({ format: ExportFormat, filter: ExportFilter.optional(), bom: z.boolean().optional() }),
    output: z.object({ content: z.string(), report: ExportReport, summary: z.string(), file_name: z.string() }),
  },
  /** The Chicago note and bibliography entry for a finding's document. */
  'export.cite': {
    input: z.strictObject({ id: Uuidv7 }),
    output: z.object({ note: z.string(), bibliography: z.string() }),
  },
  /**
   * Reads a CSL-JSON or RIS file (Zotero, Wilson Center records) into findings on their
   * documents; a record already here (same document and title) is left unchanged.
   */
  'export.importRefs': {
    input: z.strictObject({
      text: z.string().max(MAX_REFERENCE_FILE_CHARS, `must be at most ${MAX_REFERENCE_FILE_CHARS.toLocaleString('en-US')} characters`),
      format: ReferenceFormat,
      dry_run: z.boolean().default(false),
    }),
    output: z.object({
      created: z.int(),
      unchanged: z.int(),
      same_document: z.int(),
      ids: z.array(Uuidv7),
      problems: z.array(ReferenceProblem),
    }),
    mutates: true,
  },
})
