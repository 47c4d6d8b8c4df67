import { describe, expect, it } from 'vitest'
import { PageRegion } from '../../model/pages'
import { ocrDraft } from './ocrDraft'

const PAGE = 'b'.repeat(64)
const box = (y: number) => ({ x: 100, y, w: 900, h: 40 })

describe('OCR lines as a draft transcription with line regions', () => {
  it('joins the lines, and links each line to its box', () => {
    const draft = ocrDraft(PAGE, [
      { text: '周恩来总理接见朝鲜代表团。', bbox: box(100) },
      { text: '   ', bbox: box(150) },
      { text: 'Товарищу Ким Ир Сену  ', bbox: box(200) },
    ])
    expect(draft.transcription).toBe('周恩来总理接见朝鲜代表团。\nТоварищу Ким Ир Сену')
    expect(draft.regions.map((r) => r.quote.exact)).toEqual(['周恩来总理接见朝鲜代表团。', 'Товарищу Ким Ир Сену'])
    expect(draft.regions.map((r) => r.selector.value)).toEqual(['xywh=pixel:100,100,900,40', 'xywh=pixel:100,200,900,40'])
    expect(draft.regions.every((r) => r.origin === 'ocr' && PageRegion.safeParse(r).success)).toBe(true)
  })

  it('comes after the text already transcribed, positions counting code points', () => {
    const draft = ocrDraft(PAGE, [{ text: '第二页 𠀀字', bbox: box(10) }], '第一页\n')
    expect(draft.transcription).toBe('第一页\n\n第二页 𠀀字')
    const [region] = draft.regions
    expect(region!.position).toEqual({ type: 'TextPositionSelector', start: 5, end: 11 })
    expect(Array.from(draft.transcription).slice(5, 11).join('')).toBe('第二页 𠀀字')
  })
})
