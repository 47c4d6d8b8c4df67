import fc from 'fast-check'
import { pinyin } from 'pinyin-pro'
import { describe, expect, it } from 'vitest'
import { nameForms, romanize, romanizeName, ROMANIZATION_SYSTEMS, suggestRomanizations, SYSTEM_INFO } from './index'

const NON_LATIN = /[\u0400-\u052f\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3400-\u9fff]/u

const fromRange = (from: number, to: number) => fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp))
/** Text with at least one letter of the script, some spaces, punctuation and digits. */
const textOf = (char: fc.Arbitrary<string>) =>
  fc
    .tuple(char, fc.array(fc.oneof({ weight: 6, arbitrary: char }, { weight: 1, arbitrary: fc.constantFrom(' ', ', ', '-', '1956') }), { maxLength: 24 }))
    .map(([first, rest]) => first + rest.join(''))

/** The 20,853 of 20,902 unified ideographs that pinyin-pro reads (the rest, kokuji and obscure ones, stay as written). */
const READABLE_HAN = Array.from({ length: 0x9fa5 - 0x4e00 + 1 }, (_, i) => String.fromCodePoint(0x4e00 + i)).filter(
  (c) => pinyin(c, { type: 'all' })[0]?.isZh === true,
)

const hangul = textOf(fromRange(0xac00, 0xd7a3))
const hanzi = textOf(fc.constantFrom(...READABLE_HAN))
const cyrillic = textOf(fc.constantFrom(...'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя'))
const byLang = { ko: hangul, zh: hanzi, ru: cyrillic }
const anything = fc.string({ unit: 'binary', maxLength: 40 })

describe('romanization properties', () => {
  it('never throws, whatever the text and system', () => {
    fc.assert(
      fc.property(anything, fc.constantFrom(...ROMANIZATION_SYSTEMS), (text, system) => {
        romanize(text, system)
        romanizeName(text)
        nameForms(text)
        suggestRomanizations(text)
      }),
      { numRuns: 300 },
    )
  })

  it.each(ROMANIZATION_SYSTEMS.filter((s) => s !== 'english-common'))('%s writes only Latin for text in its script', (system) => {
    fc.assert(
      fc.property(byLang[SYSTEM_INFO[system].lang], (text) => {
        const latin = romanize(text, system)
        expect(latin).not.toMatch(NON_LATIN)
        expect(latin.trim()).not.toBe('')
      }),
      { numRuns: 150 },
    )
  })

  it('gives Latin text back unchanged, so romanizing twice is romanizing once', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(...ROMANIZATION_SYSTEMS), (text, system) => {
        expect(romanize(text, system)).toBe(text)
      }),
    )
    fc.assert(
      fc.property(fc.oneof(hangul, hanzi, cyrillic), fc.constantFrom(...ROMANIZATION_SYSTEMS), (text, system) => {
        const once = romanize(text, system)
        if (!NON_LATIN.test(once)) expect(romanize(once, system)).toBe(once)
      }),
      { numRuns: 200 },
    )
  })

  it('names come back in Latin letters, the native form included once', () => {
    fc.assert(
      fc.property(fc.oneof(hangul, hanzi, cyrillic), (text) => {
        for (const form of romanizeName(text)) expect(form.value).not.toMatch(NON_LATIN)
        const all = nameForms(text)
        expect(all[0]).toBe(text.normalize('NFC').trim())
        expect(new Set(all).size).toBe(all.length)
      }),
      { numRuns: 150 },
    )
  })
})
