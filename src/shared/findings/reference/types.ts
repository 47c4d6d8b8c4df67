/** The reference schemes the workbench understands (archival-model.md §2, §3.4). */
export const REFERENCE_SCHEMES = [
  'prc-fma',
  'russian-archive',
  'cn-provincial',
  'rok-mofa',
  'cia-crest',
  'wilson',
  'generic',
  'unknown',
] as const
export type ReferenceScheme = (typeof REFERENCE_SCHEMES)[number]

/**
 * A reference read into its parts. `reference_key` identifies the document within its repository
 * (pages excluded); it is null only for the `[unknown]` reference, which must never merge with
 * another finding's unknown reference.
 */
export interface ParsedReference {
  scheme: ReferenceScheme
  reference_parsed: Record<string, string>
  reference_key: string | null
  pages?: string
}

/** A scheme-specific parser: the parsed reference, or null when the text does not fit the scheme. */
export type SchemeParser = (normalized: string, repositoryId: string | undefined) => ParsedReference | null
