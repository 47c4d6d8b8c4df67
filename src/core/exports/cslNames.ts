import type { AgentRef } from '../../shared/model/findingParts'
import type { RomanizationScheme } from '../../shared/model/findingVocab'
import { knownEntity, needsRomanization, romanizeForCitation, type ExportEntity } from './romanizer'

export type { ExportEntity } from './romanizer'

/** A CSL name: a person split into family and given, or an institution as `literal`. */
export interface CslName {
  family?: string
  given?: string
  literal?: string
  'static-ordering'?: boolean
}

/** Words that mark a name as an institution rather than a person, in the languages of the sources. */
const INSTITUTION =
  /\b(?:embassy|ministry|committee|party|government|department|bureau|council|agency|office|archives?|consulate|politburo|secretariat|delegation|army|volunteers|assembly|presidium|section|division|cia|nkvd|kgb|mfa)\b|посольств|министерств|комитет|ЦК|отдел|управлени|大使馆|大使館|外交部|委员会|委員會|中央|政府|部|대사관|외무성|외무부|위원회|중앙|정부/iu

/** Romanized Chinese and Korean family names, so "Zhou Enlai" and "Kim Il Sung" stay family-first. */
const CJK_SURNAMES = new Set(
  (
    'zhou chou mao liu peng deng lin chen wang zhang chang zhu chu li lee yi ri rhee kim gim pak park bak ' +
    "choe choi ch’oe ch'oe jang kang gang han hong ho huang hu jiang chiang kao gao xu hsu yang guo kuo " +
    'sun song dong tung ye yeh wu he zhao chao qian ma nam jo cho yun yoon o oh ryu yu shen xia nie kong ' +
    'ji chi hwang'
  ).split(' '),
)
/** Chinese family names of two characters; every other Han or hangul name has a one-character family name. */
const COMPOUND_SURNAMES = [
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '皇甫',
  '南宫',
  '南宮',
  '선우',
  '남궁',
  '황보',
  '제갈',
]

const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}]/u
const CYRILLIC = /\p{Script=Cyrillic}/u

function cjkScriptName(name: string): CslName {
  const compact = name.replace(/\s+/g, '')
  const family = COMPOUND_SURNAMES.find((s) => compact.startsWith(s)) ?? Array.from(compact)[0]!
  return { family, given: compact.slice(family.length) }
}

/** Romanizations of Chinese and Korean: names in them are written family name first. */
const CJK_SCHEMES: ReadonlySet<RomanizationScheme> = new Set([
  'pinyin',
  'wade-giles',
  'mccune-reischauer',
  'revised-romanization',
  'ala-lc-korean',
  'dprk-official',
])

/** True when `name` reads as a romanized Chinese or Korean personal name (family name first). */
function isRomanizedCjk(name: string, entity: ExportEntity | undefined, agent?: AgentRef): boolean {
  // A known person is Chinese or Korean when the preferred form is in a Chinese or Korean romanization
  // (transcriptions of foreign names into hanzi, like 米高扬 for Mikoyan, say nothing).
  const preferred = entity?.names?.find((n) => n.form === entity.preferred_name)
  if (preferred?.scheme !== undefined && CJK_SCHEMES.has(preferred.scheme as RomanizationScheme)) return true
  if (agent?.romanization_scheme && CJK_SCHEMES.has(agent.romanization_scheme)) return true
  if (agent && CJK_SCRIPT.test(agent.name_original ?? agent.name ?? '') && !CJK_SCRIPT.test(name)) return true
  const first = name.split(/\s+/)[0]!.toLowerCase()
  return CJK_SURNAMES.has(first) && name.split(/\s+/).length >= 2 && !CYRILLIC.test(name)
}

/**
 * The form of a person's or institution's name that an English citation prints: the entity
 * database's preferred form for a known entity; else the romanization the researcher recorded;
 * else the name as written when it is in Latin letters; else a romanization made for the
 * citation; else the name in its original script.
 */
export function citedNameForm(
  agent: AgentRef,
  entity: ExportEntity | undefined,
  entities?: ReadonlyMap<string, ExportEntity>,
): string {
  const written = (agent.name ?? '').trim()
  const original = (agent.name_original ?? '').trim()
  const candidates = [
    entity?.preferred_name,
    agent.name_romanized,
    written !== '' && !needsRomanization(written) ? written : undefined,
  ]
  const chosen = candidates.find((form) => form !== undefined && form.trim() !== '')?.trim()
  if (chosen !== undefined) return chosen
  const source = original !== '' ? original : written
  const kind = isInstitution(source, entity) ? 'institution' : 'person'
  const romanized = source !== '' ? romanizeForCitation(source, kind, { scheme: agent.romanization_scheme, entities }) : undefined
  // An entity id (a slug such as `zhou-enlai`) is never printed: a name known only by an id the
  // library lacks is left out.
  return romanized ?? source
}

/** True for bodies (embassies, ministries, committees) rather than persons, by entity type or by name. */
function isInstitution(name: string, entity: ExportEntity | undefined, agent?: AgentRef): boolean {
  if (entity) return entity.type !== 'person'
  return [name, agent?.name, agent?.name_original].some((form) => form !== undefined && INSTITUTION.test(form))
}

/**
 * The CSL name of one creator or recipient (archival-model.md §5.2): institutions as `literal`;
 * romanized Chinese and Korean names family-first with `static-ordering`; names in Han or hangul
 * split after the family name (citeproc prints them family-first unspaced); Cyrillic and Western
 * names in natural order, the last word as family name ("Family, Given" is read as written).
 */
export function cslName(
  agent: AgentRef,
  entity: ExportEntity | undefined,
  entities?: ReadonlyMap<string, ExportEntity>,
): CslName {
  const name = citedNameForm(agent, entity, entities)
  const institution = isInstitution(name, entity, agent)
  // A name with an aside ("Jane Doe (FX)") cannot be split safely: print it as written.
  if (institution || !/\s|,/.test(name) || /[()（）]/u.test(name)) {
    return CJK_SCRIPT.test(name) && !institution ? cjkScriptName(name) : { literal: name }
  }
  if (name.includes(',')) {
    const [family, ...given] = name.split(',')
    return { family: family!.trim(), given: given.join(',').trim() }
  }
  if (CJK_SCRIPT.test(name)) return cjkScriptName(name)
  const words = name.split(/\s+/)
  if (isRomanizedCjk(name, entity, agent)) {
    return { family: words[0]!, given: words.slice(1).join(' '), 'static-ordering': true }
  }
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') }
}

/** The CSL names of creators, recipients or editors, each resolved to a known entity where there is one. */
export function cslNames(agents: readonly AgentRef[], entities: ReadonlyMap<string, ExportEntity>): CslName[] | undefined {
  const named = agents.flatMap((agent) => {
    const entity = knownEntity(agent, entities)
    return citedNameForm(agent, entity, entities) === '' ? [] : [cslName(agent, entity, entities)]
  })
  return named.length === 0 ? undefined : named
}

/** The name as a person would write it, for CSV cells and imports (inverse of `cslName`). */
export function nameText(name: CslName): string {
  if (name.literal !== undefined) return name.literal
  const family = name.family ?? ''
  const given = name.given ?? ''
  if (given === '') return family
  if (name['static-ordering']) return `${family} ${given}`
  if (CJK_SCRIPT.test(family)) return `${family}${given}`
  return `${given} ${family}`
}
