import { dropParentheticals, foldHomoglyphs } from './normalize'
import type { ParsedReference } from './types'

type RokPart = 'classification_number' | 'registration_number' | 'film_number' | 'frame_number'

/** Field labels as written on ROK Diplomatic Archives files and in English notes. */
const LABELS: ReadonlyArray<[RegExp, RokPart]> = [
  [/^(?:분류\s*번호|分類\s*番號|classification\s*(?:no\.?|number))\s*[:：]?\s*/iu, 'classification_number'],
  [/^(?:등록\s*번호|登錄\s*番號|registration\s*(?:no\.?|number))\s*[:：]?\s*/iu, 'registration_number'],
  [/^(?:필름\s*번호|film\s*(?:no\.?|number)|reel)\s*[:：]?\s*/iu, 'film_number'],
  [/^(?:프레임\s*번호|frame\s*(?:no\.?|number)|frames?)\s*[:：]?\s*/iu, 'frame_number'],
]

/**
 * ROK Diplomatic Archives references: 분류번호 (classification number) and 등록번호 (registration
 * number), with optional film and frame numbers, separated by '/', ',' or ';'. The key uses the
 * classification and registration numbers; film/frame are locators, like pages.
 */
export function parseRok(normalized: string): ParsedReference | null {
  const parsed: Partial<Record<RokPart, string>> = {}
  for (const segment of dropParentheticals(normalized).split(/\s*[/;,，]\s*/u)) {
    for (const [label, part] of LABELS) {
      const match = label.exec(segment)
      const value = match ? segment.slice(match[0].length).trim() : ''
      if (match && value !== '' && parsed[part] === undefined) parsed[part] = value
    }
  }
  const { classification_number: cls, registration_number: reg } = parsed
  if (cls === undefined && reg === undefined) return null
  const keyParts = [cls && `cls:${foldHomoglyphs(cls)}`, reg && `reg:${foldHomoglyphs(reg)}`]
  const locators = [parsed.film_number, parsed.frame_number].filter((p) => p !== undefined)
  return {
    scheme: 'rok-mofa',
    reference_parsed: parsed as Record<string, string>,
    reference_key: ['rok-mofa', ...keyParts.filter((p) => p)].join('|').replace(/\s+/g, ''),
    ...(locators.length === 0 ? {} : { pages: locators.join(' / ') }),
  }
}
