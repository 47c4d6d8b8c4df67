import { AppError } from '../../shared/api/errors'
import type { SearchFilters } from '../../shared/api/contract/search'
import { humanize, languageName } from '../../shared/findings/fieldLabels'
import { STANCES } from '../../shared/model/findingVocab'
import type { Db } from '../db/types'

/** One value a filter may take: what the index stores, and the words people know it by. */
interface Choice {
  value: string
  words: string[]
}

type ListFilter = 'repository' | 'language' | 'tags' | 'sections' | 'stance'

const WHAT: Record<ListFilter, string> = {
  repository: 'repository',
  language: 'language',
  tags: 'tag',
  sections: 'essay section',
  stance: 'stance',
}

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, ' ').trim()

/** Edit distance, for "did you mean" (short words only: the lists are small). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}

/** The choices whose words are near `typed`: containing it, contained in it, or a few letters off. */
function closeMatches(typed: string, choices: readonly Choice[]): string[] {
  const wanted = fold(typed)
  const scored = choices
    .map((choice) => {
      const best = Math.min(
        ...choice.words.map((word) => {
          const w = fold(word)
          if (w.includes(wanted) || wanted.includes(w)) return 0
          return distance(w, wanted) / Math.max(w.length, wanted.length)
        }),
      )
      return { label: choice.words[0]!, best }
    })
    .filter((c) => c.best <= 0.4)
    .sort((a, b) => a.best - b.best)
  return [...new Set(scored.map((c) => c.label))].slice(0, 5)
}

/**
 * Reads the search filters as people write them: a language by name ("Korean" is every Korean
 * tag, "Korean (DPRK)" is ko-KP), a repository, section or stance by its name or its code, a tag
 * as used. A value matching nothing is refused, naming the filter and the closest choices.
 */
export function createFilterValues(db: Db, repositories: () => readonly { id: string; name: string; names: { form: string }[] }[]) {
  const sectionRows = db.prepare<[], { slug: string; title: string }>('SELECT slug, title FROM essay_sections ORDER BY ordinal')
  const languageRows = db.prepare<[], { tag: string }>('SELECT DISTINCT original_language AS tag FROM findings')
  const tagRows = db.prepare<[], { tag: string }>('SELECT DISTINCT tag FROM finding_tags')

  function choices(filter: ListFilter): Choice[] {
    if (filter === 'repository') return repositories().map((r) => ({ value: r.id, words: [r.name, r.id, ...r.names.map((n) => n.form)] }))
    if (filter === 'sections') return sectionRows.all().map((s) => ({ value: s.slug, words: [s.title, s.slug] }))
    if (filter === 'stance') return STANCES.map((s) => ({ value: s, words: [humanize(s), s] }))
    if (filter === 'tags') return tagRows.all().map((t) => ({ value: t.tag, words: [t.tag] }))
    const tags = new Set(['en', 'zh', 'zh-Hans', 'zh-Hant', 'ko', 'ko-Kore', 'ko-KP', 'ko-KR', 'ru', 'ja', ...languageRows.all().map((r) => r.tag)])
    return [...tags].map((tag) => ({ value: tag, words: [languageName(tag), tag] }))
  }

  /** Every stored value `typed` stands for; a bare language ("Korean", "ko") takes in its regional tags. */
  function resolve(filter: ListFilter, typed: string, all: readonly Choice[]): string[] {
    const wanted = fold(typed)
    const hits = all.filter((c) => c.words.some((w) => fold(w) === wanted)).map((c) => c.value)
    if (filter !== 'language') return hits
    return [...new Set(hits.flatMap((tag) => (tag.includes('-') ? [tag] : all.map((c) => c.value).filter((t) => t === tag || t.startsWith(`${tag}-`)))))]
  }

  return function understand(filters: SearchFilters | undefined): SearchFilters | undefined {
    if (!filters) return filters
    const result: SearchFilters = { ...filters }
    for (const filter of Object.keys(WHAT) as ListFilter[]) {
      const typed = filters[filter]
      if (!typed) continue
      const all = choices(filter)
      const values = typed.flatMap((value) => {
        const found = resolve(filter, value, all)
        if (found.length > 0) return found
        const near = closeMatches(value, all)
        const hint = near.length > 0 ? `; did you mean ${near.map((n) => `“${n}”`).join(', ')}?` : ''
        throw new AppError('input.invalid', `“${value}” is not a ${WHAT[filter]} this library knows${hint}`, `filters.${filter}`)
      })
      result[filter] = [...new Set(values)]
    }
    return result
  }
}
