/**
 * The offline romanization engine: Chinese (Pinyin, Wade-Giles), Korean (McCune-Reischauer,
 * Revised Romanization) and Russian (ALA-LC, BGN/PCGN, ISO 9, scholarly, common English), for
 * titles, citations and search. Pure functions on plain Node; see docs/romanization.md.
 */
export { romanize, type RomanizeOptions } from './romanize'
export { romanizeName, type NameKind, type NameOptions } from './names'
export { nameForms } from './nameForms'
export { suggestRomanizations, type Suggestion, type SuggestOptions } from './suggest'
export { createNameLexicon, type LexiconEntity, type LexiconName, type NameLexicon } from './lexicon'
export type { RomanizedForm } from './forms'
export { detectLang, detectScript, type Script } from './script'
export {
  ROMANIZATION_SYSTEMS,
  SYSTEM_INFO,
  SYSTEMS_BY_LANG,
  isRomanizationSystem,
  schemeLabel,
  type RomanizationLang,
  type RomanizationSystem,
} from './systems'
export { wadeGilesSyllable } from './chinese/wadeGiles'
