import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldChar, foldClusters, foldEachAlone, foldText } from './fold'
import { foldHangulInitial, foldHangulLoosely, WORD_START } from './korean'
import { tokenize, tokenizeUnits } from './tokenize'

const terms = (text: string, query = false): string[] => tokenize(text, { query }).map((t) => t.term)

/** Text drawn from the scripts the workbench meets, with spaces and punctuation between runs. */
const mixedText = fc
  .array(
    fc.oneof(
      fc.constantFrom('周恩來', '紅衛兵', '로동계급', '성공한 것은', "P'yŏngyang", 'Хрущёв', 'Kŭlloja', '98с', '八一六', ' ', '，', '-', '. '),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''))

/** Alphabetic text, where tokenize takes its shortcut: Cyrillic, accented Latin, digits, apostrophes, marks, ß. */
const alphabeticText = fc
  .array(
    fc.oneof(
      fc.constantFrom('Хрущёв', 'Громыко', 'ЦК КПСС', "P'yŏngyang", 'Gomułka', 'Straße', '98с', 'е\u0301', "don't", '1956', ' ', ', ', '-', '«', '»', '—', '\u00a0'),
      fc.string({ unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБЁЯ aéŏŭçłß\'’`-.,0129'), maxLength: 8 }),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''))

describe('folding', () => {
  it('folds romanization diacritics and apostrophes', () => {
    expect(foldText("P'yŏngyang")).toBe('pyongyang')
    expect(foldText('Zhōu Ēnlái')).toBe(foldText('Zhou Enlai'))
    expect(foldText('Kŭlloja')).toBe('kulloja')
    expect(foldText('Хрущёв')).toBe(foldText('Хрущев'))
  })

  it('folds traditional Chinese to simplified', () => {
    expect(foldText('周恩來 紅衛兵 延邊')).toBe('周恩来 红卫兵 延边')
  })

  it('folds DPRK initial sounds to ROK spelling by Hangul arithmetic', () => {
    expect(foldHangulLoosely('로동 력사 녀성 리')).toBe('노동 역사 여성 이')
    expect(foldHangulInitial('a')).toBe('a')
  })

  it('gives text the same tokens read off its folded string as folded cluster by cluster', () => {
    fc.assert(
      fc.property(fc.oneof(alphabeticText, mixedText), (s) => {
        expect(tokenize(s)).toEqual(tokenizeUnits(s))
        expect(tokenize(s, { query: true })).toEqual(tokenizeUnits(s, { query: true }))
      }),
      { numRuns: 2000 },
    )
  })

  it('folds character by character as cluster by cluster, and says where each folded character came from', () => {
    fc.assert(
      fc.property(fc.oneof(alphabeticText, mixedText), (s) => {
        const alone = foldEachAlone(s)
        if (!alone) return
        expect(alone.folded).toBe(foldClusters(s))
        ;[...alone.folded].forEach((c, k) => expect(foldChar(s[alone.offsets ? alone.offsets[k]! : k]!)).toBe(c))
      }),
      { numRuns: 2000 },
    )
  })

  it('is idempotent', () => {
    fc.assert(fc.property(mixedText, (s) => foldText(foldText(s)) === foldText(s)))
  })

  it('ignores case and Unicode normalization form', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        expect(foldText(s.toUpperCase())).toBe(foldText(s.toLowerCase()))
        expect(foldText(s.normalize('NFD'))).toBe(foldText(s.normalize('NFC')))
      }),
    )
  })
})

describe('tokenize', () => {
  it('indexes Han runs as overlapping bigrams plus a closing unigram, and a lone character as a unigram', () => {
    expect(terms('坑道工程')).toEqual(['坑道', '道工', '工程', '程'])
    expect(terms('坑')).toEqual(['坑'])
    expect(terms('坑道工程', true)).toEqual(['坑道', '道工', '工程'])
  })

  it('applies the initial-sound rule at word starts only: 로동 and 노동 meet, the 이에 inside 사이에 stays apart', () => {
    const start = (gram: string) => WORD_START + gram
    expect(terms('로동계급')).toEqual(terms('노동계급'))
    expect(terms('로동계급')[0]).toBe(start('노동'))
    const wordStarts = (text: string) => terms(text).filter((t) => t.startsWith(WORD_START))
    expect(wordStarts('력사 녀성 리')).toEqual(wordStarts('역사 여성 이'))
    expect(terms('조선로동당')).toContain('로동')
    expect(terms('조선로동당')).not.toContain(start('노동'))
    expect(terms('사이에')).toContain('이에')
    expect(terms('이에 대하여')).toContain(start('이에'))
    expect(terms('金日成을')).toEqual(['金日', '日成', '成', '을'])
    // A query looks a gram up as written (inside a word) and as the index writes it at a word start.
    const [niye] = tokenize('니에', { query: true })
    expect(niye).toMatchObject({ term: '니에', wordStart: [start('이에')] })
    expect(tokenize('가다', { query: true })[0]!.wordStart).toBeUndefined()
  })

  it('writes a Hangul bigram across a space with the second word start as at any word start, so spacing and DPRK/ROK spelling meet', () => {
    // 정부 리론 (DPRK) and 정부 이론 (ROK) index the same bridge; 리 inside 정부리론 stays apart.
    expect(terms('정부 리론')).toContain('부' + WORD_START + '이')
    expect(terms('정부 이론')).toContain('부' + WORD_START + '이')
    expect(terms('정부리론')).toContain('부리')
    // The query 정부이론 (no space) looks 부이 up inside a word, and across a space as a looser reading.
    const buyi = tokenize('정부이론', { query: true }).find((t) => t.term === '부이')!
    expect(buyi.wordStart).toBeUndefined()
    expect(buyi.looseForms).toContain('부' + WORD_START + '이')
  })

  it('keeps Latin and Cyrillic words whole and splits at hyphens', () => {
    expect(terms('Chou En-lai, Ким Ир Сен')).toEqual(['chou', 'en', 'lai', 'ким', 'ир', 'сен'])
  })

  it('bridges spaces inside a Hangul phrase when indexing, not when querying', () => {
    expect(terms('성공한 것은')).toContain('한것')
    expect(terms('성공한 것은', true)).not.toContain('한것')
    const spaced = new Set(terms('성공한 것은'))
    for (const t of terms('성공한것은', true)) expect(spaced.has(t)).toBe(true)
  })

  it('joins a one-syllable Korean word of a query to its neighbour, as the index bridges it', () => {
    expect(terms('그 장정', true)).toEqual(['그장', '장정'])
    expect(terms('의 사', true)).toEqual(['의사'])
    expect(terms('홍위병 의 연변', true)).toEqual(['홍위', '위병', '병의', '연변'])
    expect(terms('그 장정')).toContain('그장')
    expect(terms('의', true)).toEqual(['의'])
  })

  it('folds Cyrillic look-alikes only inside tokens with digits', () => {
    expect(terms('оп. 98с')).toEqual(terms('op. 98c').map((t) => (t === 'op' ? 'оп' : t)))
    expect(terms('сон')).toEqual(['сон'])
  })

  it('reads runs of Chinese digits as numbers', () => {
    expect(terms('八一六工程')).toContain('816')
    expect(terms('一九六七年三月')).toContain('1967')
    expect(terms('一个')).not.toContain('1')
  })

  it('tokenizes plain ASCII on its fast path exactly as on the general one', () => {
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
    const ascii = fc.string({ unit: fc.constantFrom(...printable, '\n', '\t', "'", 'a', 'Z', '0'), maxLength: 40 })
    fc.assert(
      fc.property(ascii, (s) => {
        // A non-ASCII word after a space sends the same text down the general path.
        expect(tokenize(s)).toEqual(tokenize(`${s} é`).slice(0, -1))
      }),
    )
    expect(foldText("Don't STOP")).toBe('dont stop')
  })

  it('gives offsets that point at the original text of every token', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        for (const t of tokenize(s)) {
          expect(t.start).toBeGreaterThanOrEqual(0)
          expect(t.end).toBeLessThanOrEqual(s.length)
          expect(t.start).toBeLessThan(t.end)
          const source = foldHangulLoosely(foldText(s.slice(t.start, t.end)).replace(/\s/g, ''))
          if (t.kind === 'cjk' || !/\d/.test(t.term)) expect(source).toContain(foldHangulLoosely(t.term.replace(WORD_START, '')))
        }
      }),
    )
  })

  it('finds every query term of a substring among the terms of the text containing it', () => {
    // The recall guarantee for Chinese and Korean: a substring's bigrams are a subset of the text's.
    const cjk = fc.string({ unit: fc.constantFrom(...'周恩来红卫兵坑道工程로동계급성공한것은 '), minLength: 1, maxLength: 30 })
    fc.assert(
      fc.property(cjk, fc.nat(), fc.nat(), (s, a, b) => {
        const [from, to] = [a % (s.length + 1), b % (s.length + 1)].sort((x, y) => x - y) as [number, number]
        const sub = s.slice(from, to)
        const indexed = tokenize(s).map((t) => t.term)
        for (const q of tokenize(sub, { query: true })) {
          const forms = [q.term, ...(q.wordStart ?? [])]
          if (q.term.length === 1) expect(indexed.some((t) => forms.some((f) => t.startsWith(f)))).toBe(true)
          else expect(forms.some((f) => indexed.includes(f))).toBe(true)
        }
      }),
    )
  })
})
