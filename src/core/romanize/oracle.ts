import type { LexiconEntity, LexiconName } from './lexicon'
import { nameForms } from './nameForms'

/**
 * How many of the entity table's romanized names the engine derives from the same entity's
 * native-script names (with no access to the Latin ones). The table is the oracle: nothing here
 * or in the engine knows any entity's answer.
 */

/** Schemes whose Latin forms are romanizations (not translations such as `Korean Workers' Party`). */
const ROMANIZATION_SCHEMES = new Set([
  'pinyin', 'pinyin-tonal', 'wade-giles', 'wade-giles-variant', 'mccune-reischauer', 'mccune-reischauer-ascii',
  'revised-romanization', 'ala-lc-russian', 'from-russian', 'dprk-official',
])
const NATIVE_SCRIPTS = new Set(['Hang', 'Hani', 'Hans', 'Hant', 'Cyrl'])

export interface OracleCase {
  entityId: string
  form: string
  scheme: string
  exact: boolean
  /** Found once case, diacritics, apostrophes and hyphens are ignored (as search compares). */
  folded: boolean
}

export function fold(form: string): string {
  return form
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼʻ‘`ʹ"”-]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

function isOracleName(entityType: string | undefined, name: LexiconName): boolean {
  if (name.script !== 'Latn' || !name.scheme) return false
  if (ROMANIZATION_SCHEMES.has(name.scheme)) return true
  // A person's everyday English name is a romanization (Kim Il-sung); a body's is a translation.
  return name.scheme === 'english-common' && entityType === 'person'
}

export function measureOracle(entities: readonly LexiconEntity[]): OracleCase[] {
  const cases: OracleCase[] = []
  for (const entity of entities) {
    const natives = { ...entity, names: entity.names.filter((n) => NATIVE_SCRIPTS.has(n.script)) }
    if (natives.names.length === 0) continue
    const generated = nameForms(natives)
    const exact = new Set(generated)
    const folded = new Set(generated.map(fold))
    for (const name of entity.names) {
      if (!isOracleName(entity.type, name)) continue
      cases.push({ entityId: entity.id, form: name.form, scheme: name.scheme!, exact: exact.has(name.form), folded: folded.has(fold(name.form)) })
    }
  }
  return cases
}

export function summarizeOracle(cases: readonly OracleCase[]): { total: number; exact: number; folded: number } {
  return { total: cases.length, exact: cases.filter((c) => c.exact).length, folded: cases.filter((c) => c.folded).length }
}
