import type { Api } from '../../shared/api/contract'
import type { Db } from '../db/types'
import { createNameLexicon, type LexiconEntity } from './lexicon'
import { suggestRomanizations } from './suggest'

interface NameRow {
  entityId: string
  type: string
  form: string
  lang: string
  script: string
  scheme: string | null
  preferred: number
  relation: string | null
}

/**
 * The entity table as a lexicon, read afresh at each call so that a researcher's new alias counts
 * at once (about a thousand rows: well under a millisecond).
 */
function loadEntities(db: Db): LexiconEntity[] {
  const rows = db
    .prepare<[], NameRow>(
      `SELECT n.entity_id AS entityId, e.type, n.form, n.lang, n.script, n.scheme, n.preferred, n.relation
       FROM entity_names n JOIN entities e ON e.id = n.entity_id ORDER BY n.entity_id, n.ordinal`,
    )
    .all()
  const byId = new Map<string, LexiconEntity & { names: LexiconEntity['names'][number][] }>()
  for (const r of rows) {
    const entity = byId.get(r.entityId) ?? { id: r.entityId, type: r.type, names: [] }
    entity.names.push({ form: r.form, lang: r.lang, script: r.script, scheme: r.scheme, preferred: r.preferred === 1, relation: r.relation })
    byId.set(r.entityId, entity)
  }
  return [...byId.values()]
}

/** The `romanize.*` methods over a library (its entity names are the lexicon). */
export function createRomanizeApi(db: Db): Pick<Api, 'romanize.suggest'> {
  return {
    'romanize.suggest': ({ text, lang, kind }) =>
      suggestRomanizations(text, {
        kind,
        ...(lang ? { lang } : {}),
        ...(kind === 'name' ? { lexicon: createNameLexicon(loadEntities(db)) } : {}),
      }),
  }
}
