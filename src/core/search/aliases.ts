import { z } from 'zod'
import { foldText } from './text/fold'
import { tokenize } from './text/tokenize'
import { russianStem } from './text/russian'

/** Every name of one entity, in every script; the unit of name expansion. */
export interface AliasEntry {
  entityId: string
  /** Names that mean the entity: each one searches for all the others. */
  forms: string[]
  /**
   * Names of something related (`August Plenum` for the August Faction Incident): they find
   * documents linked to the entity, but the entity's names are not searched for them.
   */
  relatedForms?: string[]
  /** Entities whose names contain this one's (Kim Il inside Kim Il Sung): never expanded into. */
  confusableWith?: string[]
}

/** Relations whose forms name something related, not the entity itself. */
const RELATED = new Set(['related', 'component', 'location', 'successor'])
/** `Moscow` for the USSR: too loose even to find linked documents. */
const IGNORED = new Set(['metonym'])

const entitiesSchema = z.array(
  z.object({
    id: z.string().min(1),
    names: z.array(z.object({ form: z.string().min(1), relation: z.string().optional() }).loose()).min(1),
    confusable_with: z.array(z.string()).optional(),
  }).loose(),
)

/**
 * Reads an entities.json-shaped value into alias entries. Throws naming the bad field path, e.g.
 * `entities[3].names[0].form`.
 */
export function aliasesFromEntities(value: unknown): AliasEntry[] {
  const parsed = entitiesSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = ['entities', ...(issue?.path ?? [])].map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    throw new TypeError(`Invalid entity name table at ${path.join('').replace(/^\./, '')}: ${issue?.message}`)
  }
  return parsed.data.map((e) => {
    const names = e.names.filter((n) => !IGNORED.has(n.relation ?? ''))
    const related = names.filter((n) => RELATED.has(n.relation ?? '')).map((n) => n.form)
    return {
      entityId: e.id,
      forms: names.filter((n) => !RELATED.has(n.relation ?? '')).map((n) => n.form),
      ...(related.length > 0 ? { relatedForms: related } : {}),
      ...(e.confusable_with ? { confusableWith: e.confusable_with } : {}),
    }
  })
}

/** Adds forms (e.g. users' own aliases) to a table, entity by entity, without duplicates. */
export function mergeAliases(base: readonly AliasEntry[], extra: readonly AliasEntry[]): AliasEntry[] {
  const byId = new Map(base.map((e) => [e.entityId, { ...e, forms: [...e.forms] }]))
  for (const e of extra) {
    const known = byId.get(e.entityId)
    if (!known) byId.set(e.entityId, { ...e, forms: [...e.forms] })
    else for (const form of e.forms) if (!known.forms.includes(form)) known.forms.push(form)
  }
  return [...byId.values()]
}

/** The query-side terms of a name, Russian words by their stems, joined: the key that name lookup compares. */
export function aliasKey(form: string): string {
  return tokenize(form, { query: true }).map((t) => russianStem(t.term)).join(' ')
}

/** One entity name found in a query, with what to search instead of or beside it. */
export interface AliasMatch {
  entityIds: string[]
  /** Index range [from, to) into the query's token list. */
  from: number
  to: number
  /** Other names of the matched entities, as written in the table. */
  variants: { entityId: string; form: string }[]
  /** Names of confusable entities that contain a variant, to exclude from expansion hits. */
  exclude: string[]
}

/** Looks up entity names in a query's terms, longest name first. */
export class AliasIndex {
  private readonly byKey = new Map<string, Set<string>>()
  private readonly entries = new Map<string, AliasEntry>()
  private maxTerms = 0

  constructor(entries: readonly AliasEntry[]) {
    for (const entry of entries) {
      this.entries.set(entry.entityId, entry)
      for (const form of [...entry.forms, ...(entry.relatedForms ?? [])]) {
        const key = aliasKey(form)
        if (!key) continue
        this.maxTerms = Math.max(this.maxTerms, key.split(' ').length)
        const ids = this.byKey.get(key) ?? new Set<string>()
        ids.add(entry.entityId)
        this.byKey.set(key, ids)
      }
    }
  }

  /** Finds non-overlapping name matches in a term list, preferring the longest at each position. */
  match(queryTerms: readonly string[]): AliasMatch[] {
    const terms = queryTerms.map(russianStem)
    const found: AliasMatch[] = []
    let i = 0
    while (i < terms.length) {
      const hit = this.longestAt(terms, i)
      if (hit) {
        found.push(hit)
        i = hit.to
      } else i++
    }
    return found
  }

  private longestAt(terms: readonly string[], from: number): AliasMatch | undefined {
    for (let len = Math.min(this.maxTerms, terms.length - from); len >= 1; len--) {
      const ids = this.byKey.get(terms.slice(from, from + len).join(' '))
      if (ids) return this.expand([...ids], from, from + len)
    }
    return undefined
  }

  private expand(entityIds: string[], from: number, to: number): AliasMatch {
    const variants: AliasMatch['variants'] = []
    const exclude: string[] = []
    for (const id of entityIds) {
      const entry = this.entries.get(id)!
      for (const form of new Set(entry.forms)) variants.push({ entityId: id, form })
      for (const other of entry.confusableWith ?? []) exclude.push(...this.containing(other, entry.forms))
    }
    return { entityIds, from, to, variants, exclude }
  }

  /** Forms of entity `other` that contain one of `forms` (folded): `Ким Ир Сен` contains `Ким Ир`. */
  private containing(other: string, forms: readonly string[]): string[] {
    const folded = forms.map(foldText)
    return (this.entries.get(other)?.forms ?? []).filter((f) => {
      const g = foldText(f)
      return folded.some((s) => s.length > 0 && g.length > s.length && g.includes(s))
    })
  }
}
