export { suggestClassification, type ClassificationSuggestion } from './classification'
export { suggestDocType, type DocTypeSuggestion } from './docType'
export { countScripts, suggestLanguage, type LanguageSuggestion, type ScriptCounts } from './language'
