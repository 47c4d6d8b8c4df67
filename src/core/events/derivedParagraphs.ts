import type { Essay } from '../../shared/model/essay'
import type { SeedEntity } from '../entities/referenceEntities'
import type { SeedEvent } from './referenceEvents'

/** An inferred link from a bundled event to an essay paragraph. */
export interface DerivedLink {
  eventId: string
  paragraphId: string
}

/**
 * The reference data links events to sections only. A paragraph of a linked section that
 * mentions one of the event's actors, places or topics, under any of their names in any
 * script, is taken to bear on the event too. The result is deterministic: it depends only on
 * the shipped events, entities and essay.
 */
export function deriveParagraphLinks(
  events: readonly SeedEvent[],
  entities: readonly SeedEntity[],
  essay: Essay,
): DerivedLink[] {
  const matchers = new Map(entities.map((e) => [e.id, namePattern(e.names.map((n) => n.form))]))
  const paragraphs = new Map(
    essay.sections.map((s) => [s.slug, s.paragraphs.map((p) => ({ id: p.id, text: normalize(p.runs.map((r) => r.text).join('')) }))]),
  )
  const links: DerivedLink[] = []
  for (const event of events) {
    const patterns = [...event.actors, ...event.places, ...(event.topics ?? [])]
      .map((id) => matchers.get(id))
      .filter((p): p is RegExp => p !== undefined)
    for (const slug of event.essay_sections) {
      for (const paragraph of paragraphs.get(slug) ?? []) {
        if (patterns.some((p) => p.test(paragraph.text))) links.push({ eventId: event.id, paragraphId: paragraph.id })
      }
    }
  }
  return links
}

/** Curly and modifier apostrophes become `'`, so `Korean Workers’ Party` matches `Korean Workers' Party`. */
function normalize(text: string): string {
  return text.replace(/[‘’ʻʼ`]/g, "'")
}

/**
 * One case-sensitive pattern for all the forms of a name. Forms must stand as whole words
 * (no letter or digit on either side), so `PRC` does not match inside `PRCs'`… but CJK forms,
 * written without spaces, match anywhere.
 */
function namePattern(forms: readonly string[]): RegExp {
  const alternatives = [...new Set(forms.map(normalize))]
    .filter((f) => f.length >= 2)
    .sort((a, b) => b.length - a.length)
    .map((f) => {
      const escaped = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      return /^[\p{Script=Han}\p{Script=Hangul}]/u.test(f) ? escaped : `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`
    })
  return new RegExp(alternatives.join('|') || '(?!)', 'u')
}
