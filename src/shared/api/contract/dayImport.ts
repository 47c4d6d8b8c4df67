import { z } from 'zod'
import {
  ImportCreateInput,
  ImportFolderInput,
  ImportProposal,
  ImportReferencesInput,
  ImportSession,
  ImportSessionRef,
  ImportStartInput,
  ImportUploadInput,
  ImportUploadResult,
} from '../../model/dayImport'
import { defineMethods } from '../define'

export const dayImportMethods = defineMethods({
  /** Opens an import of a day's photos; says whether this host can show a folder dialog. */
  'import.start': { input: ImportStartInput, output: z.object({ session_id: z.string(), folder_dialog: z.boolean() }), mutates: true },
  /** One piece of one dropped or chosen file (the browser host); the last piece reads the file. */
  'import.upload': { input: ImportUploadInput, output: ImportUploadResult, mutates: true },
  /**
   * Asks for a folder with the app's own dialog (Electron only) and imports it as a job
   * (`job.progress`, `jobs.cancel`); `chosen` is false when the dialog was dismissed.
   */
  'import.chooseFolder': {
    input: ImportFolderInput,
    output: z.object({ chosen: z.boolean(), files: z.int(), pages: z.int(), skipped: z.int(), cancelled: z.boolean() }),
    mutates: true,
  },
  /** The pages of an import so far, with the files that were skipped and why. */
  'import.session': { input: ImportSessionRef, output: ImportSession },
  /** Imports not yet turned into drafts, latest first, and whether this host has a folder dialog. */
  'import.list': {
    input: z.strictObject({}),
    output: z.object({
      folder_dialog: z.boolean(),
      imports: z.array(z.object({ id: z.string(), created_at: z.string(), label: z.string(), pages: z.int() })),
    }),
  },
  /** Documents proposed from capture times and references, with near-duplicate and blurred pages flagged. */
  'import.propose': { input: ImportSessionRef, output: ImportProposal },
  /** Reads each page's archival reference by OCR of its top, as a job; results arrive page by page. */
  'import.readReferences': { input: ImportReferencesInput, output: z.object({ read: z.int(), found: z.int(), cancelled: z.boolean() }), mutates: true },
  /** One draft finding per document, pages in order; the import is then finished. */
  'import.createDrafts': { input: ImportCreateInput, output: z.object({ drafts: z.array(z.object({ id: z.string(), pages: z.int() })) }), mutates: true },
  /** Drops an import (its files stay stored until nothing refers to them). */
  'import.discard': { input: ImportSessionRef, output: z.object({ discarded: z.boolean() }), mutates: true },
})
