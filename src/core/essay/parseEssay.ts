import type { Essay, EssayParagraph, EssaySection, TextRun } from '../../shared/model/essay'

/** The shape of resources/essay/outline.json: where each section begins in the seed. */
export interface EssayOutline {
  file: string
  title: string
  author: string
  affiliation: string
  date: string
  series: string
  sections: OutlineSection[]
}

interface OutlineSection {
  slug: string
  level: 1 | 2
  title: string
  /** A block equal to this text is the section's heading (not itself a paragraph). */
  heading?: string
  /** A paragraph starting with this text opens the section (a source collection's lead-in). */
  leadIn?: string
  /** Paragraph count from essay-outline.md; a mismatch means the seed and outline diverged. */
  paragraphs: number
}

const FRONT_MATTER_BLOCKS = 4
const MISSING_LINK = /\[([^\]]+)\]\(#\)/g
/** A block that ends without closing punctuation was split by a page break in the seed. */
const ENDS_A_PARAGRAPH = /[.?!:"”’)]$/

/**
 * Splits the seed text into front matter, sections and paragraphs with the outline's stable ids.
 * Words are never altered: blocks split by a page break are joined with one space, and `[text](#)`
 * placeholders become runs marked `missingLink`.
 */
export function parseEssay(seed: string, outline: EssayOutline): Omit<Essay, 'sha256'> {
  const blocks = splitBlocks(seed)
  const front = blocks.slice(0, FRONT_MATTER_BLOCKS)
  if (front.length < FRONT_MATTER_BLOCKS) throw new Error('Essay seed: front matter is incomplete')
  const [seriesLine, titleLine, bylineLine, dateLine] = front as [string, string, string, string]
  const frontMatter: EssayParagraph[] = [
    { id: 'front-matter-p1', runs: toRuns(seriesLine) },
    { id: 'front-matter-p2', runs: toRuns(`${titleLine}\n${bylineLine}\n${dateLine}`) },
  ]
  // Front-matter lines carry no closing punctuation, so page breaks are joined only after them.
  const sections = assignSections(joinPageBreaks(blocks.slice(FRONT_MATTER_BLOCKS)), outline.sections)
  return {
    title: outline.title,
    author: outline.author,
    affiliation: outline.affiliation,
    date: outline.date,
    series: outline.series,
    frontMatter,
    sections,
  }
}

function splitBlocks(seed: string): string[] {
  return seed
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
}

function joinPageBreaks(blocks: string[]): string[] {
  const joined: string[] = []
  let pending: string | undefined
  for (const block of blocks) {
    const text = pending === undefined ? block : `${pending} ${block}`
    if (ENDS_A_PARAGRAPH.test(text)) {
      joined.push(text)
      pending = undefined
    } else {
      pending = text
    }
  }
  if (pending !== undefined) joined.push(pending)
  return joined
}

function assignSections(blocks: string[], outline: OutlineSection[]): EssaySection[] {
  const sections: EssaySection[] = []
  let current: EssaySection | undefined
  for (const block of blocks) {
    const byHeading = outline.find((s) => s.heading === block)
    const byLeadIn = outline.find((s) => s.leadIn !== undefined && block.startsWith(s.leadIn))
    const opened = byHeading ?? byLeadIn
    if (opened) {
      current = { slug: opened.slug, title: opened.title, level: opened.level, paragraphs: [] }
      sections.push(current)
      if (byHeading) continue
    }
    if (!current) throw new Error(`Essay seed: text before the first section: "${block.slice(0, 40)}"`)
    const id = `${current.slug}-p${current.paragraphs.length + 1}`
    current.paragraphs.push({ id, runs: toRuns(block) })
  }
  checkAgainstOutline(sections, outline)
  return sections
}

function checkAgainstOutline(sections: EssaySection[], outline: OutlineSection[]): void {
  for (const expected of outline) {
    const found = sections.find((s) => s.slug === expected.slug)
    if (found?.paragraphs.length !== expected.paragraphs) {
      throw new Error(
        `Essay seed: section ${expected.slug} has ${found?.paragraphs.length ?? 0} paragraphs, ` +
          `the outline expects ${expected.paragraphs}`,
      )
    }
  }
}

/** Turns `a [b](#) c` into runs `a `, `b` (missing link), ` c`. */
export function toRuns(text: string): TextRun[] {
  const runs: TextRun[] = []
  let last = 0
  for (const match of text.matchAll(MISSING_LINK)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) })
    runs.push({ text: match[1] ?? '', missingLink: true })
    last = match.index + match[0].length
  }
  if (last < text.length) runs.push({ text: text.slice(last) })
  return runs
}
