import { z } from 'zod'

/** A section slug from the essay outline, e.g. `explaining-evolution`. */
export const SectionSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase hyphenated slug')
  .max(80)

/** A paragraph id, `<section-slug>-p<n>`. */
export const ParagraphId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-p[1-9][0-9]*$/, 'must look like <section>-p<n>')
  .max(90)

/**
 * A run of paragraph text. The seed marks some phrases as `[text](#)` links whose targets were
 * lost; such runs carry `missingLink` so the reader can show them as plain text (and later offer
 * to attach a citation) without altering a word.
 */
export const TextRun = z.object({
  text: z.string(),
  missingLink: z.boolean().optional(),
})

export const EssayParagraph = z.object({
  id: ParagraphId,
  runs: z.array(TextRun),
})

export const EssaySection = z.object({
  slug: SectionSlug,
  title: z.string(),
  /** 1 for the question headings and Methods and Sources, 2 for the source collections under it. */
  level: z.union([z.literal(1), z.literal(2)]),
  paragraphs: z.array(EssayParagraph),
})

export const Essay = z.object({
  title: z.string(),
  author: z.string(),
  affiliation: z.string(),
  date: z.string(),
  series: z.string(),
  /** SHA-256 of the bundled seed file, so a reader can prove the text is unchanged. */
  sha256: z.string(),
  frontMatter: z.array(EssayParagraph),
  sections: z.array(EssaySection),
})

export type TextRun = z.infer<typeof TextRun>
export type EssayParagraph = z.infer<typeof EssayParagraph>
export type EssaySection = z.infer<typeof EssaySection>
export type Essay = z.infer<typeof Essay>
