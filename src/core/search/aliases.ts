import { z } from 'zod'
import { generatedForms, joinedForms } from './names/nameForms'
import { tokenize } from './text/tokenize'
import { russianStem } from './text/russian'

/** Every name of one entity, in every script; the unit of name expansion. */
export interface AliasEntry {
  entityId: string
  /** The name people know it by (the entity's preferred name), for "also searched as". */
  label?: string
  /** People and places are named by their parts too (a unique surname expands); see nameIndex. */
  kind?: 'person' | 'place' | 'other'
  /** Names that mean the entity: each one searches for all the others. */
  forms: string[]
  /** The language a form is read in, where the script does not say (Hanja read in Korean). */
  langs?: Record<string, string>
  /** Forms whose words may each stand for the entity (no title forms: `Premier` is no one's name). */
  partForms?: string[]
  /**
   * Names of something related (`August Plenum` for the August Faction Incident): they find
   * documents linked to the entity, but the entity's names are not searched for them.
   */
  relatedForms?: string[]
  /** Entities whose names contain this one's (Kim Il inside Kim Il Sung): never expanded into. */
  confusableWith?: string[]
  /** A name from the bundled list of names (not an entity of the library): never linked to records. */
  listed?: true
}

/** Relations whose forms name something related, not the entity itself. */
const RELATED = new Set(['related', 'component', 'location', 'successor'])
/** `Moscow` for the USSR: too loose even to find linked documents. */
const IGNORED = new Set(['metonym'])
/** Relations whose words still name the person or place on their own. */
const PART_RELATIONS = new Set(['historical', 'birth-name', 'codename'])

const entitiesSchema = z.array(
  z.object({
    id: z.string().min(1),
    type: z.string().optional(),
    preferred_name: z.string().optional(),
    names: z.array(z.object({ form: z.string().min(1), relation: z.string().optional(), lang: z.string().optional() }).loose()).min(1),
    confusable_with: z.array(z.string()).optional(),
  }).loose(),
)

/**
 * Reads an entities.json-shaped value into alias entries, each with the forms the romanization
 * engine adds (nameForms.ts). Throws naming the bad field path, e.g. `entities[3].names[0].form`.
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
    const own = names.filter((n) => !RELATED.has(n.relation ?? ''))
    const related = names.filter((n) => RELATED.has(n.relation ?? '')).map((n) => n.form)
    const kind = e.type === 'person' || e.type === 'place' ? e.type : 'other'
    const langs = Object.fromEntries(own.filter((n) => n.lang).map((n) => [n.form, n.lang!]))
    const entry: AliasEntry = {
      entityId: e.id,
      ...(e.preferred_name ? { label: e.preferred_name } : {}),
      kind,
      forms: own.map((n) => n.form),
      ...(Object.keys(langs).length > 0 ? { langs } : {}),
      ...(kind !== 'other' ? { partForms: own.filter((n) => !n.relation || PART_RELATIONS.has(n.relation)).map((n) => n.form) } : {}),
      ...(related.length > 0 ? { relatedForms: related } : {}),
      ...(e.confusable_with ? { confusableWith: e.confusable_with } : {}),
    }
    return withGeneratedForms(entry)
  })
}

/** Adds the forms the romanization engine generates from an entry's own forms. */
export function withGeneratedForms(entry: AliasEntry): AliasEntry {
  const generated = generatedForms(entry)
  if (generated.length === 0) return entry
  const forms = unique([...entry.forms, ...generated])
  // Parts take only joined syllables of the table's forms: a word of a derived reading (Xian of
  // 咸興 read as Chinese) would make a common word expand to a name.
  const partForms = entry.partForms ? unique([...entry.partForms, ...joinedForms(entry.partForms)]) : undefined
  return { ...entry, forms, ...(partForms ? { partForms } : {}) }
}

/** Adds forms (e.g. users' own aliases) to a table, entity by entity, without duplicates. */
export function mergeAliases(base: readonly AliasEntry[], extra: readonly AliasEntry[]): AliasEntry[] {
  const byId = new Map(base.map((e) => [e.entityId, { ...e, forms: [...e.forms] }]))
  for (const e of extra) {
    const known = byId.get(e.entityId)
    if (!known) byId.set(e.entityId, { ...e, forms: [...e.forms] })
    else known.forms = unique([...known.forms, ...e.forms])
  }
  return [...byId.values()]
}

/** The query-side terms of a name, Russian words by their stems, joined: the key that name lookup compares. */
export function aliasKey(form: string): string {
  return tokenize(form, { query: true }).map((t) => russianStem(t.term)).join(' ')
}

function unique(forms: string[]): string[] {
  return [...new Set(forms)]
}
