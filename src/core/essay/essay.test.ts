import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { EssayParagraph } from '../../shared/model/essay'
import { TEST_RESOURCES_DIR } from '../testing/tempLibrary'
import { loadEssay } from './loadEssay'
import { toRuns } from './parseEssay'

/** SHA-256 of shared/seed/essay-brazinsky-2025.txt as delivered: the bundled copy must match. */
const SEED_SHA256 = '0f42952dc53752afcf1d2694c7ecc0d0e5d8330ae8812f932da2b6eabdf6266b'
const seedFile = join(TEST_RESOURCES_DIR, 'essay', 'essay-brazinsky-2025.txt')
const essay = loadEssay(TEST_RESOURCES_DIR)

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean)
const sourceText = (p: EssayParagraph): string =>
  p.runs.map((run) => (run.missingLink ? `[${run.text}](#)` : run.text)).join('')

describe('the bundled essay', () => {
  it('is byte-for-byte the seed text', () => {
    expect(createHash('sha256').update(readFileSync(seedFile)).digest('hex')).toBe(SEED_SHA256)
    expect(essay.sha256).toBe(SEED_SHA256)
  })

  it('keeps every word of the seed, in order, with nothing added', () => {
    // Headings are shown as headings, not paragraphs: drop their lines from the seed, then the
    // remaining words must be exactly the words of the paragraphs.
    const headingLines = new Set([
      ...essay.sections.filter((s) => s.level === 1 && s.slug !== 'methods-and-sources').map((s) => s.title),
      'Methods and Sources:',
    ])
    const seedBody = readFileSync(seedFile, 'utf8')
      .split('\n')
      .filter((line) => !headingLines.has(line.trim()))
      .join('\n')
    const paragraphs = [...essay.frontMatter, ...essay.sections.flatMap((s) => s.paragraphs)]
    expect(words(paragraphs.map(sourceText).join('\n'))).toEqual(words(seedBody))
  })

  it('has the outline ids: front matter, four questions, methods and four source collections', () => {
    expect(essay.sections.map((s) => `${s.slug}:${s.paragraphs.length}`)).toEqual([
      'nature-of-alignment:2',
      'change-over-time:3',
      'explaining-evolution:6',
      'security-effects:4',
      'methods-and-sources:2',
      'sources-prc-fma:1',
      'sources-mao-military-writings:1',
      'sources-loc-nk-serials:1',
      'sources-rok-mofa:1',
    ])
    expect(essay.frontMatter.map((p) => p.id)).toEqual(['front-matter-p1', 'front-matter-p2'])
  })

  it('joins a paragraph split by a page break into one paragraph', () => {
    const p2 = sourceText(essay.sections[1]!.paragraphs[1]!)
    expect(p2).toContain('joint forces. But the war effort was also based on joint ideals')
    const prcFma = sourceText(essay.sections[5]!.paragraphs[0]!)
    expect(prcFma).toContain('Cold War International History Project website')
  })

  it('carries author, date and series', () => {
    expect(essay).toMatchObject({
      author: 'Gregg Brazinsky',
      date: 'December 2025',
      series: 'China-Russia Security Cooperation in the 2020s',
    })
  })
})

describe('toRuns', () => {
  it('marks [text](#) placeholders as missing links and keeps the rest verbatim', () => {
    expect(toRuns('has [argued](#) that “feigned”')).toEqual([
      { text: 'has ' },
      { text: 'argued', missingLink: true },
      { text: ' that “feigned”' },
    ])
  })

  it('leaves text without placeholders as one run', () => {
    expect(toRuns('金日成 Ким Ир Сен')).toEqual([{ text: '金日成 Ким Ир Сен' }])
  })
})
