import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { approximateMatches, boundedEditDistance } from './fuzzy'
import { reanchor } from './reanchor'
import {
  codePointToUtf16,
  codePoints,
  createAnchor,
  createAnchorFromUtf16,
  utf16ToCodePoint,
} from './selectors'

const ZH =
  '参观组认为，朝鲜同志在坑道工程方面经验丰富，其覆盖层厚度、通风和防护门的设计，值得我们在三线建设和八一六工程中研究借鉴。'
const KO =
  '최근 중공 홍위병들이 연변 지역에서 북괴 김일성을 수정주의자로 비난하는 벽보를 붙였다는 정보가 입수되었음.'
const RU =
  'Беседовал с т. Ким Ир Сеном. На мой вопрос о товарищах, выехавших в Андун, Ким Ир Сен ответил, что их восстановят в партии.'

/** Anchors the first occurrence of `quote` in `text`. */
function anchorOn(text: string, quote: string) {
  const start = codePoints(text.slice(0, text.indexOf(quote))).length
  return createAnchor(text, start, start + codePoints(quote).length, 'security-effects-p4')
}

const slice = (text: string, r: { start: number | null; end: number | null }) =>
  codePoints(text)
    .slice(r.start ?? 0, r.end ?? 0)
    .join('')

describe('createAnchor', () => {
  it('keeps 32 code points of context on each side, in the middle of CJK text without spaces', () => {
    const anchor = anchorOn(ZH, '坑道工程')
    expect(anchor.quote.exact).toBe('坑道工程')
    expect(anchor.quote.prefix).toBe('参观组认为，朝鲜同志在')
    expect(codePoints(anchor.quote.suffix)).toHaveLength(32)
    expect(anchor.position).toEqual({ type: 'TextPositionSelector', start: 11, end: 15 })
  })

  it('counts surrogate pairs as one character and widens a half-selected pair', () => {
    const text = '前文𠀀𠀁後文 and 😀 text'
    const anchor = createAnchor(text, 2, 4)
    expect(anchor.quote.exact).toBe('𠀀𠀁')
    expect(anchor.quote.prefix).toBe('前文')
    // UTF-16 offset 3 is inside 𠀀: the selection grows to cover the whole character.
    expect(createAnchorFromUtf16(text, 3, 6).quote.exact).toBe('𠀀𠀁')
    expect(codePointToUtf16(text, 4)).toBe(6)
    expect(utf16ToCodePoint(text, 6)).toBe(4)
  })

  it('refuses a selection outside the text with the bound named', () => {
    expect(() => createAnchor('abc', 2, 2)).toThrow('anchor end 2 must be after start 2 and at most 3')
    expect(() => createAnchor('abc', 5, 6)).toThrow('anchor start 5 is outside the text (0..2)')
  })
})

describe('reanchor', () => {
  it('is exact when the text is unchanged', () => {
    const anchor = anchorOn(KO, '김일성을')
    const { start, end } = anchor.position
    expect(reanchor(KO, anchor)).toEqual({ status: 'exact', start, end })
  })

  it('follows a quote that moved because text was inserted before it', () => {
    const anchor = anchorOn(RU, 'Андун')
    const edited = `22.IX.56. ${RU}`
    const result = reanchor(edited, anchor)
    expect(result.status).toBe('moved')
    expect(slice(edited, result)).toBe('Андун')
  })

  it('uses the context to pick the right one of repeated quotes', () => {
    const anchor = anchorOn(RU, 'Ким Ир Сен ответил') // the second "Ким Ир Сен"
    const second = createAnchor(RU, anchor.position.start, anchor.position.start + 10)
    const edited = `Запись. ${RU}`
    const result = reanchor(edited, second)
    expect(result.status).toBe('moved')
    expect(
      codePoints(edited)
        .slice(result.end!, result.end! + 8)
        .join(''),
    ).toBe(' ответил')
  })

  it('finds an edited quote approximately (one character changed in Chinese)', () => {
    const anchor = anchorOn(ZH, '覆盖层厚度、通风和防护门的设计')
    const edited = ZH.replace('防护门', '防爆门')
    const result = reanchor(edited, anchor)
    expect(result.status).toBe('fuzzy')
    expect(slice(edited, result)).toBe('覆盖层厚度、通风和防爆门的设计')
  })

  it('finds an edited quote in Korean whose spacing changed', () => {
    const anchor = anchorOn(KO, '수정주의자로 비난하는 벽보를')
    const edited = KO.replace('비난하는 벽보를', '비난하는벽보를')
    const result = reanchor(edited, anchor)
    expect(result.status).toBe('fuzzy')
    expect(slice(edited, result)).toBe('수정주의자로 비난하는벽보를')
  })

  it('orphans an anchor whose passage was deleted', () => {
    const deleted = anchorOn(ZH, '值得我们在三线建设和八一六工程中研究借鉴')
    expect(reanchor(ZH.replace('值得我们在三线建设和八一六工程中研究借鉴', ''), deleted)).toEqual({
      status: 'orphan',
      start: null,
      end: null,
    })
  })

  it('re-finds an anchor with surrogate pairs after text before it changed', () => {
    const text = '𠀀𠀁 문서 😀 Андун 𠀂'
    const anchor = createAnchor(text, 6, 13)
    expect(anchor.quote.exact).toBe('😀 Андун')
    const edited = `앞 ${text}`
    const result = reanchor(edited, anchor)
    expect(result).toEqual({ status: 'moved', start: 8, end: 15 })
    expect(slice(edited, result)).toBe('😀 Андун')
  })

  it('always returns the exact quote when it is still present somewhere (property)', () => {
    const alphabet = fc.constantFrom(...'坑道工程김일성Андун ab😀𠀀')
    const textArb = fc.array(alphabet, { minLength: 6, maxLength: 60 }).map((a) => a.join(''))
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), textArb, (text, a, b, insert) => {
        const length = codePoints(text).length
        const start = a % (length - 1)
        const end = start + 1 + (b % (length - start))
        const anchor = createAnchor(text, start, end)
        const result = reanchor(insert + text, anchor)
        expect(result.status === 'exact' || result.status === 'moved').toBe(true)
        expect(slice(insert + text, result)).toBe(anchor.quote.exact)
      }),
    )
  })
})

describe('approximate matching', () => {
  it('bounds the edit distance', () => {
    expect(boundedEditDistance(codePoints('通风和防护门'), codePoints('通风和防爆门'), 1)).toBe(1)
    expect(boundedEditDistance(codePoints('абвгд'), codePoints('вгдеж'), 2)).toBe(Infinity)
  })

  it('reports where a pattern matches with at most k edits', () => {
    const matches = approximateMatches(codePoints('xx防爆门xx'), codePoints('防护门'), 1)
    expect(matches).toContainEqual({ start: 2, end: 5, distance: 1 })
  })
})
