import { describe, expect, it } from 'vitest'
import { PageRegion } from '../../../../shared/model/pages'
import { makeRegion, piecesOf, placeRegions, rectOf, regionsOverlapping } from './regions'

const TEXT = '志愿军今年分三批回国。金日成同意。'
const PAGE = 'a'.repeat(64)

describe('regions of a page and their passages', () => {
  it('makes a region that the model accepts, linked to the selected passage', () => {
    const region = makeRegion(PAGE, { x: 10.4, y: 20, w: 300, h: 40.6 }, 'transcription', TEXT, 0, 10)
    expect(PageRegion.parse(region)).toEqual(region)
    expect(region.selector.value).toBe('xywh=pixel:10,20,300,41')
    expect(region.quote.exact).toBe('志愿军今年分三批回国')
    expect(rectOf(region)).toEqual({ x: 10, y: 20, w: 300, h: 41 })
  })

  it('finds passages again after the text was corrected, and cuts the text at their edges', () => {
    const first = makeRegion(PAGE, { x: 0, y: 0, w: 5, h: 5 }, 'transcription', TEXT, 0, 10)
    const second = makeRegion(PAGE, { x: 0, y: 9, w: 5, h: 5 }, 'transcription', TEXT, 11, 16)
    const corrected = `【1958年】${TEXT}`
    const { placed, orphans } = placeRegions(corrected, 'transcription', [first, second])
    expect(orphans).toEqual([])
    expect(placed.map((p) => corrected.slice(p.start, p.end))).toEqual(['志愿军今年分三批回国', '金日成同意'])
    const pieces = piecesOf(corrected, placed)
    expect(pieces.map((p) => p.text).join('')).toBe(corrected)
    expect(pieces.filter((p) => p.regions.length > 0).map((p) => p.text)).toEqual(['志愿军今年分三批回国', '金日成同意'])
    expect(regionsOverlapping(placed, 13, 19).map((r) => r.id)).toEqual([first.id, second.id])
    expect(regionsOverlapping(placed, 17, 18)).toEqual([])
    expect(regionsOverlapping(placed, 0, 7)).toEqual([])
    expect(placeRegions('完全不同的文字', 'transcription', [first]).orphans).toEqual([first])
    expect(placeRegions(corrected, 'translation_en', [first]).placed).toEqual([])
  })
})
