import { aliasKey, type AliasEntry } from '../aliases'
import { foldText } from '../text/fold'
import { isCjkTerm } from '../text/tokenize'
import { russianStem } from '../text/russian'
import { allowedEdits } from './distance'
import { NearIndex } from './nearIndex'

/**
 * How a stretch of a query names an entity:
 * - `name`: one of its names, as written or joined differently (Chou Enlai, Kim Ilsung);
 * - `part`: a word of its name that no other entity's name has (Khrushchev, Puzanov);
 * - `typo`: within a typo of a name or of such a word (Krushchev, Kim Il Sng, Zhou Enlia);
 * - `ambiguous`: a word of several names (Kim), or a name inside another's (Kim Il): searched as
 *   typed only, and said so.
 */
export type NameMatchKind = 'name' | 'part' | 'typo' | 'ambiguous'

export interface NameMatch {
  kind: NameMatchKind
  /** Index range [from, to) into the query's token list. */
  from: number
  to: number
  entityIds: string[]
  /** Names to search besides the typed words (none for `ambiguous`). */
  variants: { entityId: string; form: string }[]
  /** Names of confusable entities that contain a variant, to exclude from expansion hits. */
  exclude: string[]
  /** For `typo`: the name as the table writes it, for "did you mean". */
  suggestion?: string
}

/** Words that name no one on their own, though they occur in names of people and places. */
const GENERIC = new Set(
  ('mount mountain river lake city province county island islands north south east west northeast northwest ' +
    'korea korean china chinese the of and de la le van von san shan jiang chiang gang kang administration').split(' '),
)
/** A form typed on any keyboard: letters without diacritics. */
const PLAIN = /^[A-Za-z\s'-]+$/
/** A surname searched alone must be this long (Сен of Ким Ир Сен is not). */
const MIN_SURNAME_LETTERS = 4
/** A part shorter than this (Yi, Il) says too little to expand on its own. */
const MIN_PART_LETTERS = 3

/** Looks up entity names in a query's terms: whole names, distinctive parts and near misses. */
export class NameIndex {
  private readonly byKey = new Map<string, Set<string>>()
  private readonly byCompact = new Map<string, Set<string>>()
  private readonly byPart = new Map<string, Set<string>>()
  /** A part as the table writes it (`Khrushchev`), for "did you mean". */
  private readonly partText = new Map<string, string>()
  /** Compact keys of names and distinctive parts, for typo lookup, with the form they came from. */
  private readonly near = new NearIndex<{ ids: Set<string>; form: string }>()
  private readonly entries = new Map<string, AliasEntry>()
  private readonly keysOf = new Map<string, string[]>()
  private maxTerms = 0

  constructor(entries: readonly AliasEntry[]) {
    for (const entry of entries) {
      this.entries.set(entry.entityId, entry)
      for (const form of [...entry.forms, ...(entry.relatedForms ?? [])]) this.addName(entry.entityId, form)
      for (const form of entry.partForms ?? []) for (const unit of form.split(/\s+/)) this.addPart(entry.entityId, unit)
    }
    for (const [key, ids] of this.byPart) if (ids.size === 1) this.addNear(key.replaceAll(' ', ''), ids, this.partText.get(key)!)
  }

  /** The entry of an entity (label, forms). */
  entry(entityId: string): AliasEntry | undefined {
    return this.entries.get(entityId)
  }

  /** Finds non-overlapping name matches in a term list, longest first at each position. */
  match(queryTerms: readonly string[]): NameMatch[] {
    const terms = queryTerms.map(russianStem)
    const found: NameMatch[] = []
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

  private longestAt(terms: readonly string[], from: number): NameMatch | undefined {
    for (let len = Math.min(this.maxTerms, terms.length - from); len >= 1; len--) {
      const span = terms.slice(from, from + len)
      const to = from + len
      const named = this.byKey.get(span.join(' ')) ?? (span.some(isCjkTerm) ? undefined : this.byCompact.get(span.join('')))
      if (named) return this.named([...named], span.join(' '), from, to)
      const part = this.byPart.get(span.join(' '))
      if (part) return part.size === 1 ? this.expand('part', [...part], from, to) : this.ambiguous([...part], from, to)
      const typo = this.typoOf(span)
      if (typo) return { ...this.expand('typo', [...typo.ids], from, to), suggestion: typo.form }
    }
    return undefined
  }

  /** A whole name: expanded, unless it is also a stretch of a confusable entity's name (Kim Il in Kim Il Sung). */
  private named(ids: string[], key: string, from: number, to: number): NameMatch {
    const inside = ids.flatMap((id) => this.entries.get(id)?.confusableWith ?? []).filter((other) => this.nameContains(other, key))
    return inside.length > 0 ? this.ambiguous([...ids, ...inside], from, to) : this.expand('name', ids, from, to)
  }

  /** Whether a name of an entity holds `key` as a run of its words (`kim il` in `kim il sung`). */
  private nameContains(entityId: string, key: string): boolean {
    return (this.keysOf.get(entityId) ?? []).some((k) => k !== key && ` ${k} `.includes(` ${key} `))
  }

  private ambiguous(entityIds: string[], from: number, to: number): NameMatch {
    return { kind: 'ambiguous', from, to, entityIds: [...new Set(entityIds)], variants: [], exclude: [] }
  }

  private expand(kind: NameMatchKind, entityIds: string[], from: number, to: number): NameMatch {
    const variants: NameMatch['variants'] = []
    const exclude: string[] = []
    for (const id of entityIds) {
      const entry = this.entries.get(id)!
      for (const form of new Set([...entry.forms, ...this.surnamesOf(id)])) variants.push({ entityId: id, form })
      for (const other of entry.confusableWith ?? []) exclude.push(...this.containing(other, entry.forms))
    }
    return { kind, from, to, entityIds, variants, exclude }
  }

  /**
   * A Russian text often names a person by surname alone (Косыгин), where the table writes the
   * full name: the last word of a Cyrillic form, when no other name has it, is searched too.
   */
  private surnamesOf(entityId: string): string[] {
    const entry = this.entries.get(entityId)!
    if (entry.kind !== 'person') return []
    return (entry.partForms ?? [])
      .filter((form) => /^\p{Script=Cyrillic}/u.test(form) && /\s/.test(form))
      .map((form) => form.split(/\s+/).pop()!)
      .filter((surname) => [...surname].length >= MIN_SURNAME_LETTERS && this.byPart.get(aliasKey(surname))?.size === 1)
  }

  /** The name or distinctive part a span of words nearly spells (word scripts only; CJK has no typos here). */
  private typoOf(span: readonly string[]): { ids: Set<string>; form: string } | undefined {
    if (span.some(isCjkTerm)) return undefined
    const compact = span.join('')
    const nearest = this.near.near(compact, allowedEdits(compact))[0]
    return nearest?.value
  }

  private addName(entityId: string, form: string): void {
    const key = aliasKey(form)
    if (!key) return
    this.maxTerms = Math.max(this.maxTerms, key.split(' ').length)
    add(this.byKey, key, entityId)
    this.keysOf.set(entityId, [...(this.keysOf.get(entityId) ?? []), key])
    if (key.split(' ').some(isCjkTerm)) return
    const compact = key.replaceAll(' ', '')
    add(this.byCompact, compact, entityId)
    this.addNear(compact, this.byCompact.get(compact)!, form)
  }

  private addPart(entityId: string, unit: string): void {
    const key = aliasKey(unit)
    const letters = key.replaceAll(' ', '')
    if (!key || key.split(' ').some(isCjkTerm) || [...letters].length < MIN_PART_LETTERS || GENERIC.has(letters)) return
    add(this.byPart, key, entityId)
    if (!this.partText.has(key)) this.partText.set(key, unit)
  }

  /** "Did you mean" offers the first spelling of a key, or a plain-letter one (Khrushchev, not Khrushchëv). */
  private addNear(compact: string, ids: Set<string>, form: string): void {
    if ([...compact].length < 5) return
    const known = this.near.get(compact)
    if (!known || (!PLAIN.test(known.form) && PLAIN.test(form))) this.near.set(compact, { ids: known?.ids ?? ids, form })
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

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key) ?? new Set<string>()
  ids.add(id)
  map.set(key, ids)
}
