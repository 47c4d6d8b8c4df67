import { entityTerm } from './query'
import { fieldText } from './snippet'
import { indexTerms, isCjkTerm } from './text/tokenize'
import { TEXT_FIELDS, type SearchDoc, type TextField } from './types'

/** A document with its folded terms, computed once and shared by MiniSearch, FTS5 and the vocabulary. */
export interface IndexedDoc {
  doc: SearchDoc
  /** Space-separated index terms per non-empty field. */
  terms: Partial<Record<TextField, string>>
  /** Linked entities as `@id` terms, space-separated. */
  entities: string
}

export function indexDoc(doc: SearchDoc): IndexedDoc {
  const terms: IndexedDoc['terms'] = {}
  for (const field of TEXT_FIELDS) {
    const text = fieldText(doc, field)
    if (text) terms[field] = indexTerms(text).join(' ')
  }
  return { doc, terms, entities: (doc.entities ?? []).map(entityTerm).join(' ') }
}

/** Space-separated terms of several fields. */
export function termsOf(indexed: IndexedDoc, fields: readonly TextField[]): string {
  return fields.map((f) => indexed.terms[f] ?? '').filter(Boolean).join(' ')
}

/** Alphabetic words of four letters or more (not bigrams, numbers or references): typo tolerance candidates. */
export function* typoCandidates(indexed: IndexedDoc): Generator<string> {
  for (const text of Object.values(indexed.terms)) {
    for (const term of text.split(' ')) {
      if (term.length >= 4 && !isCjkTerm(term) && !/\d/.test(term)) yield term
    }
  }
}
