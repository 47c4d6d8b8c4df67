import type { ParsedReference } from './types'

/** The usual CREST document number (archival-model.md §2.7); other shapes are kept, not rejected. */
const STRICT = /CIA-RDP\d{2}[A-Z0-9-]*R\d{12}-\d/i
const TOLERANT = /CIA-RDP[A-Z0-9-]+/i

/** CIA CREST document numbers such as `CIA-RDP81-01036R000100120041-3`; the number is the key. */
export function parseCrest(normalized: string): ParsedReference | null {
  const compact = normalized.replace(/\s*-\s*/g, '-')
  const match = STRICT.exec(compact) ?? TOLERANT.exec(compact)
  if (!match) return null
  const documentNumber = match[0].toUpperCase().replace(/-+$/, '')
  return {
    scheme: 'cia-crest',
    reference_parsed: {
      document_number: documentNumber,
      ...(STRICT.test(documentNumber) ? {} : { pattern: 'nonstandard' }),
    },
    reference_key: `cia-crest|${documentNumber.toLowerCase()}`,
  }
}
