import type { NameIndex } from './names/nameIndex'
import { TIER, type QueryPlan, type Tier } from './query'
import { foldText } from './text/fold'
import type { SearchNotes } from './types'

/** Other forms shown per expanded name: enough to see the scripts covered. */
const SHOWN_FORMS = 4

/**
 * What a search did with the query, for people to read: names it also searched in their other
 * forms, words it left as typed because they belong to several names, and, when nothing matched
 * the words as typed (or as names), the query with its misspellings mended.
 */
export function searchNotes(plan: QueryPlan, names: NameIndex, bestTier: Tier | undefined, farther: (word: string) => string | undefined): SearchNotes {
  const label = (id: string): string => names.entry(id)?.label ?? names.entry(id)?.forms[0] ?? id
  const alsoSearchedAs = plan.names.expanded.map(({ typed, entityId }) => {
    const others = otherForms(names.entry(entityId)?.forms ?? [], typed)
    return { typed, name: label(entityId), forms: showcase(others), formCount: others.length }
  })
  const ambiguous = plan.names.ambiguous.map(({ typed, entityIds }) => ({ typed, names: entityIds.map(label) }))
  const notes: SearchNotes = { alsoSearchedAs, ambiguous }
  const nothingTyped = bestTier === undefined || bestTier >= TIER.typos
  const mended = nothingTyped ? didYouMean(plan, farther) : undefined
  if (mended) notes.didYouMean = mended
  return notes
}

/** Forms other than the one typed (folded comparison), once each. */
function otherForms(forms: readonly string[], typed: string): string[] {
  const seen = new Set([foldText(typed)])
  return forms.filter((f) => {
    const key = foldText(f)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** A few forms, one per script first (Latin, Han, Hangul, Cyrillic, ...), in table order. */
function showcase(forms: readonly string[]): string[] {
  const script = (f: string): string => (/\p{Script=Han}/u.test(f) ? 'han' : /\p{Script=Hangul}/u.test(f) ? 'hangul' : /\p{Script=Cyrillic}/u.test(f) ? 'cyrillic' : 'latin')
  const byScript = new Map<string, string>()
  for (const f of forms) if (!byScript.has(script(f))) byScript.set(script(f), f)
  const picked = [...byScript.values()]
  for (const f of forms) if (picked.length < SHOWN_FORMS && !picked.includes(f)) picked.push(f)
  return picked.slice(0, SHOWN_FORMS)
}

/**
 * The typed text with each nearly-spelt name and misspelt word replaced by its nearest known form;
 * a word with no neighbour within typo distance is looked up a little farther (`comitee`).
 */
function didYouMean(plan: QueryPlan, farther: (word: string) => string | undefined): string | undefined {
  const inName = (w: { start: number; end: number }) => plan.names.nearly.some((n) => w.start < n.end && w.end > n.start)
  const edits = [
    ...plan.names.nearly.map((n) => ({ start: n.start, end: n.end, text: n.name })),
    ...plan.words.filter((w) => !inName(w)).flatMap((w) => {
      const text = w.neighbours[0] ?? farther(w.term)
      return text ? [{ start: w.start, end: w.end, text }] : []
    }),
  ].sort((a, b) => b.start - a.start)
  if (edits.length === 0) return undefined
  let text = plan.text
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end)
  return text.trim()
}
