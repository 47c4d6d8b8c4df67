/**
 * Known names (the entity table: people, bodies, places) whose recorded romanizations take
 * precedence over what the engine derives: 金日成 is Kim Il Sung before it is Jin Richeng.
 */
export interface LexiconName {
  form: string
  lang: string
  script: string
  scheme?: string | null
  preferred?: boolean
  relation?: string | null
}

export interface LexiconEntity {
  id: string
  type?: string
  names: readonly LexiconName[]
}

export interface NameLexicon {
  /** The entity one of whose names is exactly this form, if exactly one has it. */
  entityOf(form: string): LexiconEntity | undefined
}

/** Name relations that do not name the entity itself (see search/aliases.ts). */
const NOT_THE_ENTITY = new Set(['related', 'component', 'location', 'successor', 'predecessor', 'metonym'])

export function createNameLexicon(entities: readonly LexiconEntity[]): NameLexicon {
  const byForm = new Map<string, LexiconEntity | null>()
  for (const entity of entities) {
    for (const name of entity.names) {
      if (NOT_THE_ENTITY.has(name.relation ?? '')) continue
      const key = name.form.normalize('NFC').trim()
      const known = byForm.get(key)
      // A form shared by two entities (金一 vs 金日成 do not clash; 조선 might) names neither for sure.
      byForm.set(key, known === undefined || known === entity ? entity : null)
    }
  }
  return { entityOf: (form) => byForm.get(form.normalize('NFC').trim()) ?? undefined }
}

/**
 * Latin names of an entity recorded in a romanization scheme that romanize `form`, preferred first:
 * those of the same relation (a birth name's for a birth name) and of the form's languages or
 * English (김일성 gets Kim Il-sŏng and Kim Il Sung, not the Wade-Giles of 金日成 nor Kim Ir Sen).
 */
export function recordedRomanizations(entity: LexiconEntity, form: string): LexiconName[] {
  const key = form.normalize('NFC').trim()
  const sources = entity.names.filter((n) => n.form.normalize('NFC').trim() === key)
  const langs = new Set(['en', ...sources.map((n) => n.lang)])
  const relations = new Set(sources.map((n) => n.relation ?? ''))
  return entity.names
    .filter((n) => n.script === 'Latn' && n.scheme && langs.has(n.lang) && relations.has(n.relation ?? ''))
    .sort((a, b) => Number(b.preferred ?? false) - Number(a.preferred ?? false))
}
