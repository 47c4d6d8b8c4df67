import { describe, expect, it } from 'vitest'
import { readLines, tidyChinese } from './readLines'

describe('tidyChinese', () => {
  it('closes spaces between characters and widens Latin punctuation beside them', () => {
    expect(tidyChinese('中 华 人民, 关于(朝鲜)问题: 是否?')).toBe('中华人民，关于（朝鲜）问题：是否？')
  })
  it('leaves references and Latin text alone', () => {
    expect(tidyChinese('档案 106-00828-01, p. 3')).toBe('档案 106-00828-01, p. 3')
  })
})

describe('readLines', () => {
  const transform = { degrees: 0, from: { width: 400, height: 300 }, to: { width: 400, height: 300 }, scale: 2, border: 10 }
  const line = (text: string, y: number, confidence = 90) => ({ text, confidence, bbox: { x0: 30, y0: y, x1: 410, y1: y + 40 } })

  it('keeps lines in order with boxes in the original frame, blocks apart by a blank line, empty lines dropped', () => {
    const page = {
      blocks: [
        { paragraphs: [{ lines: [line('First line\n', 10), line('   ', 60)] }] },
        { paragraphs: [{ lines: [line('Second block', 110, 45.5)] }] },
      ],
    }
    const { lines, text } = readLines(page, { transform, chinese: false, offset: { x: 5, y: 100 } })
    expect(text).toBe('First line\n\nSecond block')
    expect(lines).toEqual([
      { text: 'First line', bbox: { x: 15, y: 100, w: 190, h: 20 }, confidence: 0.9 },
      { text: 'Second block', bbox: { x: 15, y: 150, w: 190, h: 20 }, confidence: 0.46 },
    ])
  })
})
