import { STANCES, type Stance } from '../../shared/model/findingVocab'
import type { Finding } from '../../shared/model/finding'
import { renderCitations, styleOf, type CitationStyle } from './citation'
import { citationItem, type CitationContext } from './citationItem'
import { excerpt, escapeMarkdown, quoteMarkdown } from './markdownText'
import { sectionsOf, withholdsTranscription } from './selection'

/** One section of the essay outline, in essay order. */
export interface OutlineSection {
  slug: string
  title: string
  /** 1 for the essay's main sections, 2 for the source collections under Methods and Sources. */
  level?: 1 | 2
  paragraphs: readonly string[]
}

/** Where findings tagged to no section of the essay are listed, after the essay's own sections. */
export const UNASSIGNED_SECTION: OutlineSection = {
  slug: '',
  title: 'Findings not tied to an essay section',
  level: 1,
  paragraphs: [],
}

const STANCE_HEADINGS: Record<Stance | 'unlinked', string> = {
  supports: 'Supports',
  qualifies: 'Qualifies',
  contradicts: 'Contradicts',
  context: 'Context',
  unlinked: 'Tagged without a stance',
}

/** The stances a finding takes toward one section (its claim links there), or "unlinked" when only tagged. */
function stancesIn(finding: Finding, slug: string): Array<Stance | 'unlinked'> {
  const stances = finding.claim_links
    .filter((link) => {
      const target = link.essay_section ?? link.essay_paragraph_id ?? link.passage?.paragraph_id ?? ''
      return target === slug || target.replace(/-p\d+$/, '') === slug
    })
    .map((link) => link.stance)
  return stances.length > 0 ? STANCES.filter((s) => stances.includes(s)) : ['unlinked']
}

const STANCE_ORDER = [...STANCES, 'unlinked'] as const

interface Entry {
  finding: Finding
  stance: Stance | 'unlinked'
}

/** True when none of the finding's sections is in the outline: the report lists it apart. */
const tiedToNone = (finding: Finding, outline: ReadonlySet<string>) => ![...sectionsOf(finding)].some((s) => outline.has(s))

function sectionEntries(findings: readonly Finding[], slug: string, outline: ReadonlySet<string>): Entry[] {
  const inSection = (finding: Finding) => (slug === '' ? tiedToNone(finding, outline) : sectionsOf(finding).has(slug))
  return findings
    .filter(inSection)
    .flatMap((finding) => stancesIn(finding, slug).map((stance) => ({ finding, stance })))
}

function entryMarkdown(entry: Entry, footnote: number): string {
  const { finding } = entry
  const links = finding.claim_links.filter((l) => l.stance === entry.stance && l.note)
  // Continuation lines are indented so they stay inside the list item.
  const indented = (text: string) => escapeMarkdown(text).replace(/\n/g, '\n  ')
  const lines = [`- **${indented(finding.title_or_description)}**[^${footnote}]`]
  lines.push(`  ${indented(finding.summary_en)}`)
  for (const link of links) lines.push(`  *Note:* ${indented(link.note!)}`)
  if (finding.transcription && !withholdsTranscription(finding)) {
    lines.push('', quoteMarkdown(excerpt(finding.transcription)).replace(/^/gm, '  '))
  } else if (withholdsTranscription(finding)) {
    lines.push('  *Transcription withheld: quotation needs permission.*')
  }
  return lines.join('\n')
}

/**
 * The drafting report: the essay's sections in order (source collections one level below their
 * parent), then the findings tagged to no section; under each, the findings grouped by stance
 * (supports, qualifies, contradicts, context, then those tagged without a stance), with
 * transcription excerpts (none where quoting needs permission) and footnotes rendered by
 * citeproc-js in footnote order, each in the finding's citation style: a full note the first time
 * a document is cited, a short note after. Then the bibliography. All user text is escaped.
 */
export function markdownReport(
  findings: readonly Finding[],
  context: CitationContext,
  sections: readonly OutlineSection[],
  style: CitationStyle,
): string {
  const outline = new Set(sections.map((section) => section.slug))
  const unassigned = findings.some((finding) => tiedToNone(finding, outline)) ? [UNASSIGNED_SECTION] : []
  const plan = [...sections, ...unassigned].map((section) => {
    const entries = sectionEntries(findings, section.slug, outline)
    const groups = STANCE_ORDER.map((stance) => ({
      stance,
      entries: entries.filter((e) => e.stance === stance),
    }))
    return { section, groups: groups.filter((group) => group.entries.length > 0) }
  })
  const cited = plan.flatMap(({ groups }) =>
    groups.flatMap((group) => group.entries.map((e) => e.finding.id)),
  )
  const styles = new Map(findings.map((finding) => [finding.id, styleOf(finding)]))
  const items = findings.map((finding) => citationItem(finding, context))
  const rendered = renderCitations(items, cited, style, (id) => styles.get(id) ?? 'chicago')
  let footnote = 0
  const body = plan.map(({ section, groups }) => {
    const level = section.level ?? 1
    const heading = `${'#'.repeat(level + 1)} ${escapeMarkdown(section.title)}`
    if (groups.length === 0) return `${heading}\n\n*No findings tagged to this section.*`
    const blocks = groups.map(
      ({ stance, entries }) =>
        `${'#'.repeat(level + 2)} ${STANCE_HEADINGS[stance]}\n\n${entries.map((entry) => entryMarkdown(entry, ++footnote)).join('\n\n')}`,
    )
    return [heading, ...blocks].join('\n\n')
  })
  const notes = rendered.notes.map((note, index) => `[^${index + 1}]: ${escapeMarkdown(note)}`)
  const bibliography = rendered.bibliographyOrder.map((entry) => `- ${escapeMarkdown(entry)}`)
  return (
    [
      '# Findings by essay section',
      ...body,
      ...(bibliography.length > 0 ? [`## Sources\n\n${bibliography.join('\n')}`] : []),
      ...(notes.length > 0 ? [notes.join('\n')] : []),
    ].join('\n\n') + '\n'
  )
}
