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

/** Latin names of an entity recorded in a romanization scheme, preferred first. */
export function recordedRomanizations(entity: LexiconEntity): LexiconName[] {
  return entity.names
    .filter((n) => n.script === 'Latn' && n.scheme && !NOT_THE_ENTITY.has(n.relation ?? ''))
    .sort((a, b) => Number(b.preferred ?? false) - Number(a.preferred ?? false))
}
