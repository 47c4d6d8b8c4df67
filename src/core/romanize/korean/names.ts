import { pushForm, stripDiacritics, type RomanizedForm } from '../forms'
import { capitalize } from '../chinese/pinyin'
import { FAMILY_NAMES, splitKoreanName } from './familyNames'
import { decompose } from './jamo'
import { latinWord, type KoreanSystem } from './latin'
import { pronounce } from './pronounce'

/**
 * A Korean personal name, family name then given name, romanized syllable by syllable with no
 * sound change across the two (김일성 is Kim Il-sŏng, not Kimilsŏng) nor inside the given name
 * (liaison and nasalization are not written: 박헌영 Pak Hŏn-yŏng), as the Library of Congress
 * and the National Institute of Korean Language prescribe. MR voices the given name's second
 * syllable after a vowel or sonorant, as LC does (Ch'oe Yong-gŏn, Kim Tu-bong).
 */
export function koreanNameForms(hangul: string): RomanizedForm[] {
  const split = splitKoreanName(hangul)
  if (!split) return []
  const given = [...split.given].map(decompose)
  const familyFinal = decompose([...split.family].at(-1)!).final
  const syllable = (i: number, system: KoreanSystem, afterFamily = false) => {
    const previous = i === 0 ? (afterFamily ? familyFinal : undefined) : given[i - 1]!.final
    const [sounded] = pronounce([given[i]!])
    return latinWord([sounded!], system, previous)
  }
  const parts = (system: KoreanSystem, afterFamily = false) => given.map((_, i) => syllable(i, system, afterFamily))
  const familyOf = (system: KoreanSystem) => capitalize(latinWord(pronounce([...split.family].map(decompose)), system))
  const mrFamily = split.family === '이' ? 'Yi' : familyOf('mr')
  const rrFamily = familyOf('rr')
  const forms: RomanizedForm[] = []
  const add = (system: RomanizedForm['system'], family: string, syllables: string[], variant?: string) => {
    const styles: [string, string | undefined][] = [
      [`${family} ${capitalize(syllables.join('-'))}`, variant],
      [`${family} ${capitalize(syllables.join(''))}`, variant ?? 'unhyphenated'],
      [`${family} ${syllables.map(capitalize).join(' ')}`, variant ?? 'spaced'],
    ]
    for (const [value, v] of styles) pushForm(forms, v ? { system, value, variant: v } : { system, value })
  }
  const mr = parts('mr')
  const mrAscii = mr.map(stripDiacritics)
  const conventional = FAMILY_NAMES.get(split.family) ?? []
  add('mccune-reischauer', mrFamily, mr)
  add('revised-romanization', rrFamily, parts('rr'))
  add('mccune-reischauer-ascii', stripDiacritics(mrFamily), mrAscii)
  for (const family of conventional) add('revised-romanization', family, parts('rr'), 'conventional family name')
  // Everyday English spellings: MR without diacritics or apostrophes (Choe Yong-gon, Pak Hon-yong),
  // and with ŏ (not yŏ) written u and 희 hee, the older ROK habit (Kim Il-sung, Park Chung-hee).
  const plain = mrAscii.map((s) => s.replace(/'/g, ''))
  const withU = mr.map((s) => stripDiacritics(s.replace(/(?<!y)ŏ/g, 'u').replace(/^hŭi$/, 'hee')).replace(/'/g, ''))
  // The DPRK's own practice reads the whole name as one phrase, so the given name's first
  // consonant is voiced after the family name as well (Kim Jong Il, not Kim Chong-il).
  const phrase = parts('mr', true).map((s) => stripDiacritics(s).replace(/'/g, ''))
  const plainFamily = stripDiacritics(mrFamily).replace(/'/g, '')
  for (const family of [plainFamily, ...conventional.filter((f) => f !== rrFamily)]) {
    add('english-common', family, plain, 'without diacritics or apostrophes')
    add('english-common', family, withU, 'ŏ written u')
    add('english-common', family, phrase, 'voiced as one phrase')
  }
  return forms
}
