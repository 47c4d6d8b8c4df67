import type { AgentRef } from '../../shared/model/findingParts'
import {
  SYSTEMS_BY_LANG,
  createNameLexicon,
  detectLang,
  romanize,
  romanizeName,
  type NameLexicon,
  type RomanizationSystem,
} from '../romanize'

/**
 * The one door through which exports and citations ask the romanization engine (src/core/romanize)
 * for a form the researcher has not recorded. Citations follow CMOS 11.x: Pinyin for Chinese,
 * McCune-Reischauer for Korean, Library of Congress (without diacritics) for Russian, unless the
 * finding records another system of the same language; the entity table's forms come first.
 */
export type RomanizeKind = 'person' | 'institution' | 'title'

/** A seed entity as the exporter needs it (entities.json: id, type, preferred_name, names). */
export interface ExportEntity {
  id: string
  type: string
  preferred_name: string
  names?: ReadonlyArray<{ form: string; lang?: string; script?: string; scheme?: string | null; preferred?: boolean; relation?: string | null }>
}

export interface CitationRomanizeOptions {
  /** The finding's recorded scheme: used when it is a system of the text's language. */
  scheme?: string | undefined
  /** Known entities: their recorded forms win, and their Chinese names are read as words in titles. */
  entities?: ReadonlyMap<string, ExportEntity> | undefined
}

const CITATION_SYSTEMS: Record<'zh' | 'ko' | 'ru', RomanizationSystem> = {
  zh: 'pinyin',
  ko: 'mccune-reischauer',
  ru: 'ala-lc-russian',
}

/** The system a citation romanizes `text` in, or undefined for text with nothing to romanize. */
function citationSystem(text: string, scheme: string | undefined): RomanizationSystem | undefined {
  const lang = detectLang(text)
  if (lang === undefined) return undefined
  const systems: readonly string[] = SYSTEMS_BY_LANG[lang]
  return scheme !== undefined && systems.includes(scheme) ? (scheme as RomanizationSystem) : CITATION_SYSTEMS[lang]
}

interface EntityIndex {
  lexicon: NameLexicon
  chineseWords: string[]
}
const indexes = new WeakMap<ReadonlyMap<string, ExportEntity>, EntityIndex>()

/** The lexicon and Chinese word list of a library's entities, built once per entity map. */
function entityIndex(entities: ReadonlyMap<string, ExportEntity>): EntityIndex {
  let index = indexes.get(entities)
  if (index === undefined) {
    const lexicon = createNameLexicon(
      [...entities.values()].map((e) => ({
        id: e.id,
        type: e.type,
        names: (e.names ?? []).map((n) => ({ ...n, lang: n.lang ?? '', script: n.script ?? '' })),
      })),
    )
    const chineseWords = [...entities.values()].flatMap((e) =>
      (e.names ?? []).filter((n) => detectLang(n.form) === 'zh').map((n) => n.form),
    )
    index = { lexicon, chineseWords }
    indexes.set(entities, index)
  }
  return index
}

/**
 * The entity a creator or recipient names: the one linked by id, else the one of the entity table
 * whose recorded names include the name as written (金日成 or 김일성 without a link is Kim Il Sung),
 * unless the researcher recorded a romanization.
 */
export function knownEntity(agent: AgentRef, entities: ReadonlyMap<string, ExportEntity> | undefined): ExportEntity | undefined {
  if (entities === undefined) return undefined
  if (agent.entity_id) return entities.get(agent.entity_id)
  // A romanization the researcher recorded is theirs to keep: only an unromanized name is looked up.
  if (agent.name_romanized?.trim()) return undefined
  const { lexicon } = entityIndex(entities)
  for (const form of [agent.name_original, agent.name]) {
    const id = form ? lexicon.entityOf(form)?.id : undefined
    if (id !== undefined) return entities.get(id)
  }
  return undefined
}

/** A romanized form of `text` (in original script) for a citation, or undefined when none can be made. */
export function romanizeForCitation(text: string, kind: RomanizeKind, options: CitationRomanizeOptions = {}): string | undefined {
  const system = citationSystem(text, options.scheme)
  if (system === undefined) return undefined
  const index = options.entities ? entityIndex(options.entities) : undefined
  if (kind === 'title') return romanize(text, system, { chineseWords: index?.chineseWords ?? [] })
  const forms = romanizeName(text, {
    kind: kind === 'person' ? 'person' : 'other',
    ...(index ? { lexicon: index.lexicon } : {}),
  })
  const recorded = forms.find((f) => f.variant === 'recorded')
  if (recorded) return recorded.value
  // Chicago prints LC Russian without its diacritics (Vasilii, not Vasiliĭ).
  const plain = system === 'ala-lc-russian' ? forms.find((f) => f.system === system && f.variant === 'without diacritics') : undefined
  return (plain ?? forms.find((f) => f.system === system && f.variant === undefined))?.value
}

const NON_LATIN_LETTER = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** True when `text` has letters of a script a citation in English must romanize. */
export const needsRomanization = (text: string) => NON_LATIN_LETTER.test(text)

/** True for Han and hangul text: Chicago may print it beside its romanization (CMOS 11.x). */
export const isCjkScript = (text: string) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(text)
