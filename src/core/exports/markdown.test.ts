import { describe, expect, it } from 'vitest'
import { runExport } from './runExport'
import { escapeMarkdown } from './markdownText'
import { CITATION, REPOSITORIES, SECTIONS } from './fixtures/context'
import { FIXTURE_FINDINGS, garf, privateNote, f0051 } from './fixtures/moreFindings'
import { s4, s6, s7 } from './fixtures/findings'

const report = () =>
  runExport({
    format: 'markdown',
    findings: FIXTURE_FINDINGS,
    repositories: REPOSITORIES,
    sections: SECTIONS,
    options: { citation: CITATION },
  }).content

describe('Markdown drafting report', () => {
  const content = report()

  it('follows the essay outline order and groups each section by stance', () => {
    const headings = content.split('\n').filter((line) => /^#{2,3} /.test(line))
    expect(headings.slice(0, 4)).toEqual([
      '## How did the relationship change over time?',
      '### Supports',
      '### Qualifies',
      '### Tagged without a stance',
    ])
    expect(headings.indexOf('## What explains the relationship?')).toBeLessThan(
      headings.indexOf('## Security effects'),
    )
    expect(content).toContain('## Nature of the alignment\n\n*No findings tagged to this section.*')
  })

  it('footnotes every entry with a citation rendered by citeproc, numbered in reading order', () => {
    const refs = [...content.matchAll(/\*\*\[\^(\d+)\]/g)].map((m) => Number(m[1]))
    expect(refs).toEqual(refs.map((_, i) => i + 1))
    const notes = [...content.matchAll(/^\[\^(\d+)\]: (.+)$/gm)]
    expect(notes).toHaveLength(refs.length)
    expect(notes[0]![2]).toBe(
      '“Chunghwa inmin konghwaguk ŭi wŏnjat’an sihŏm sŏnggong” 중화인민공화국의 원자탄시험 성공은 제국주의자들의 핵공갈정책에 대한 타격 ' +
        '\\[The PRC’s atomic test as a blow to imperialist nuclear blackmail\\], Kŭlloja, no. 21 \\(November 1964\\): 10–11.',
    )
    expect(content).toContain(`**${escapeMarkdown(s4.title_or_description)}**[^1]`)
    expect(content).toContain('## Sources')
  })

  it('quotes transcription excerpts, but not where quoting needs permission', () => {
    expect(content).toContain(`  > ${s4.transcription}`)
    expect(content).not.toContain(s6.transcription)
    expect(content).toContain('*Transcription withheld: quotation needs permission.*')
    expect(content).toContain('*Note:* budget share, not GDP share')
  })

  it('never contains withheld or deleted findings', () => {
    expect(content).not.toContain(privateNote.title_or_description.replace(/[()]/g, '\\$&'))
    expect(content).not.toContain('Duplicate of the Yanbian')
    expect(f0051.deleted).toBe(true)
  })

  it('escapes user text so it cannot inject links, images or HTML', () => {
    expect(content).not.toMatch(/(?<!\\)\]\(/)
    expect(content).not.toMatch(/(?<!\\)<(img|b)\b/)
    expect(content).toContain('Telegram to \\[Filippov\\]\\(javascript:alert\\(1\\)\\) \\<img')
    expect(content).toContain('  > \\# Не заголовок')
    expect(garf.transcription).toContain('# Не заголовок')
    expect(escapeMarkdown('- item\n1. list\n`x` *y* _z_ ![i](u) <a> & |')).toBe(
      '\\- item\\\n1\\. list\\\n\\`x\\` \\*y\\* \\_z\\_ \\!\\[i\\]\\(u\\) \\<a\\> \\& \\|',
    )
    expect(content).toContain(escapeMarkdown(s7.summary_en).replace(/\n/g, '\n  '))
  })

  it('gives findings tied to no essay section their own section, so every exported finding is shown', () => {
    const exported = runExport({
      format: 'markdown',
      findings: FIXTURE_FINDINGS,
      repositories: REPOSITORIES,
      sections: SECTIONS,
      options: { citation: CITATION },
    }).report.exported
    const shown = new Set([...content.matchAll(/^- \*\*(.+)\*\*\[\^\d+\]$/gm)].map((m) => m[1]))
    expect(content).toContain('## Findings not tied to an essay section')
    expect(shown.size).toBe(exported)
  })

  it('puts source collections one heading level below the main sections', () => {
    const nested = runExport({
      format: 'markdown',
      findings: [s6],
      repositories: REPOSITORIES,
      sections: [
        { slug: 'methods-and-sources', title: 'Methods and Sources', level: 1, paragraphs: [] },
        { slug: 'explaining-evolution', title: 'Chinese archives', level: 2, paragraphs: [] },
      ],
      options: { citation: CITATION },
    }).content
    expect(nested).toContain('## Methods and Sources')
    expect(nested).toContain('### Chinese archives\n\n#### Tagged without a stance')
  })

  it('cites a document in full the first time and in short after', () => {
    const twice = runExport({
      format: 'markdown',
      findings: [{ ...s6, essay_sections: ['change-over-time', 'security-effects'] }],
      repositories: REPOSITORIES,
      sections: SECTIONS,
      options: { citation: CITATION },
    }).content
    const notes = [...twice.matchAll(/^\[\^(\d+)\]: (.+)$/gm)].map((m) => m[2])
    expect(notes).toHaveLength(2)
    expect(notes[0]).toContain('Beijing')
    expect(notes[1]).toBe('Record of conversation on the struggle against modern revisionism, June 1963, PRC FMA 106-777-02.')
  })

  it('needs the citation style', () => {
    expect(() =>
      runExport({ format: 'markdown', findings: [], repositories: REPOSITORIES, sections: SECTIONS }),
    ).toThrow(/options\.citation/)
  })
})
