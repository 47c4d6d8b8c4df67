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
    expect(notes[0]![2]).toBe('Kŭlloja, “The PRC’s atomic test as a blow to imperialist nuclear blackmail.”')
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

  it('needs the citation style', () => {
    expect(() =>
      runExport({ format: 'markdown', findings: [], repositories: REPOSITORIES, sections: SECTIONS }),
    ).toThrow(/options\.citation/)
  })
})
