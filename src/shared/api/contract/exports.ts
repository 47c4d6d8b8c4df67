import { z } from 'zod'
import { ExportFilter, ExportFormat, ExportReport, ReferenceFormat, ReferenceProblem } from '../../model/export'
import { Uuidv7 } from '../../model/findingParts'
import { CitationStyleId } from '../../model/findingVocab'
import { defineMethods } from '../define'

/** Largest reference file `export.importRefs` reads (a Zotero library of tens of thousands of items). */
export const MAX_REFERENCE_FILE_CHARS = 12_000_000

export const exportMethods = defineMethods({
  /** Findings in one format for Zotero, spreadsheets or drafting, with the report of what was left out. */
  'export.run': {
    input: z.strictObject({
      format: ExportFormat,
      filter: ExportFilter.optional(),
      bom: z.boolean().optional(),
      /** CSV: write cells that start with = + - @ or a tab as they are, instead of neutralising them. */
      keep_formulas: z.boolean().optional(),
      /** Leave out the notes marked for publication (BibTeX/biblatex `note`, RIS `N1`, citations). */
      omit_citation_notes: z.boolean().optional(),
    }),
    output: z.object({ content: z.string(), report: ExportReport, summary: z.string(), file_name: z.string() }),
  },
  /**
   * A finding's citation in its style (Chicago or the Wilson Center's form): the full note for
   * the first citation, the short note for later ones, and the bibliography entry.
   */
  'export.cite': {
    input: z.strictObject({ id: Uuidv7 }),
    output: z.object({ style: CitationStyleId, note: z.string(), short_note: z.string(), bibliography: z.string() }),
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
      /** Add the archives the records name that are not in the list, instead of skipping their records. */
      create_repositories: z.boolean().default(false),
    }),
    output: z.object({
      created: z.int(),
      unchanged: z.int(),
      same_document: z.int(),
      ids: z.array(Uuidv7),
      problems: z.array(ReferenceProblem),
      /** Archives named by records that no repository in the list goes by, with those records (from 0). */
      unknown_repositories: z.array(z.object({ name: z.string(), records: z.array(z.int()) })),
      /** Repositories added for them (with `create_repositories`; on a dry run, those that would be). */
      repositories_created: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
    mutates: true,
  },
})
