import { z } from 'zod'
import { LOCALES } from '../i18n/locales'
import { FindingFilter, FindingSort } from './findingList'

export const AppInfo = z.object({
  appVersion: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  /** Rows per kind of record in the library, e.g. `{ essaySections: 9, essayParagraphs: 23 }`. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
})
export type AppInfo = z.infer<typeof AppInfo>

/** The views of the app shell; the last one used is restored on the next launch. */
export const VIEW_IDS = ['essay', 'timeline', 'findings', 'entities', 'search', 'library', 'sync', 'import'] as const
export const ViewId = z.enum(VIEW_IDS)
export type ViewId = z.infer<typeof ViewId>

/** The findings view's filter bar and sort order, restored on the next launch. */
export const FindingsViewState = z.object({
  filter: FindingFilter,
  sort: FindingSort,
  descending: z.boolean(),
})
export type FindingsViewState = z.infer<typeof FindingsViewState>

export const DEFAULT_FINDINGS_VIEW: FindingsViewState = { filter: {}, sort: 'date', descending: false }

/** Interface preferences that every host shares because they live in the library. */
export const UiSettings = z.object({
  lastView: ViewId,
  /** Width of the navigation pane in CSS pixels. */
  sidebarWidth: z.number().int().min(160).max(640),
  findingsView: FindingsViewState,
  /** The interface language; absent until chosen, when the OS or browser's language decides. */
  language: z.enum(LOCALES).optional(),
})
export type UiSettings = z.infer<typeof UiSettings>

export const DEFAULT_UI_SETTINGS: UiSettings = { lastView: 'essay', sidebarWidth: 280, findingsView: DEFAULT_FINDINGS_VIEW }
