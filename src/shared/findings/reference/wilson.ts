import type { ParsedReference } from './types'

const NUMERIC_URL = /(?:^|\/)document\/(\d+)(?=$|[/?#-])/i
const SLUG_URL = /(?:^|\/)document\/([a-z0-9][a-z0-9-]*)\/?(?:[?#].*)?$/i
const BARE_ID = /^(?:(?:record|document)\s*(?:no\.?|id|#)?\s*)?#?(\d{3,9})$/i

/**
 * Wilson Center Digital Archive records. The numeric record id is canonical (legacy URLs
 * `/document/115333`); a slug-only URL is kept as its own key until someone links it to the id.
 */
export function parseWilson(normalized: string): ParsedReference | null {
  const text = normalized.trim()
  const isUrl = /^(?:https?:\/\/|\/document\/|digitalarchive\.)/i.test(text)
  const numeric = NUMERIC_URL.exec(text) ?? BARE_ID.exec(text)
  if (numeric) {
    return {
      scheme: 'wilson',
      reference_parsed: { record_id: numeric[1]!, ...(isUrl ? { url: text } : {}) },
      reference_key: `wilson|${numeric[1]}`,
    }
  }
  const slug = isUrl ? SLUG_URL.exec(text) : null
  if (!slug) return null
  const slugText = slug[1]!.toLowerCase()
  return {
    scheme: 'wilson',
    reference_parsed: { slug: slugText, url: text },
    reference_key: `wilson|slug:${slugText}`,
  }
}
