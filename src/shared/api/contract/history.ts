import { z } from 'zod'
import { Finding, FindingFieldsObject } from '../../model/finding'
import { Uuidv7 } from '../../model/findingParts'
import { FindingHistory } from '../../model/history'
import { defineMethods } from '../define'

/** A field a change can have set: one of the finding's own fields, or its photos and scans. */
const HistoryField = z.enum([...(Object.keys(FindingFieldsObject.shape) as [string, ...string[]]), 'attachments'])

export const historyMethods = defineMethods({
  /** Every value each field of a finding has held, newest first, with who set it, when, and what replaced it. */
  'history.forFinding': { input: z.strictObject({ id: Uuidv7 }), output: FindingHistory },
  /**
   * Brings back an earlier value (or adds back a removed tag, link or photo) as a new change,
   * checked like an edit; it syncs, and shows in the history itself.
   */
  'history.restoreValue': {
    input: z.strictObject({ id: Uuidv7, field: HistoryField, change_id: z.string().min(1).max(120) }),
    output: z.object({ finding: Finding }),
    mutates: true,
  },
})
