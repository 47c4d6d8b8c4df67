import { describe, expect, it } from 'vitest'
import { createAnchorFromUtf16 } from '../../../../shared/anchoring'
import type { EssayPassage } from '../../../../shared/model/findingCounts'
import { placePassages, segmentRuns } from './passages'

const runs = [{ text: 'Mao said that the ' }, { text: 'Red Guards', missingLink: true }, { text: ' went too far in 1967.' }]
const text = runs.map((r) => r.text).join('')
const passage = (start: number, end: number, id = 'f1'): EssayPassage => ({
  finding_id: id,
  title: id,
  paragraph_id: 'explaining-evolution-p5',
  stance: 'supports',
  anchor: createAnchorFromUtf16(text, start, end, 'explaining-evolution-p5'),
})

describe('passages in the reader', () => {
  it('cuts runs at passage bounds, keeping missing-link runs and overlaps', () => {
    const { placed } = placePassages(text, [passage(14, 28), passage(18, 33, 'f2')])
    const segments = segmentRuns(runs, placed)
    expect(segments.map((s) => s.text).join('')).toBe(text)
    expect(segments.map((s) => [s.text, s.passages.map((p) => p.finding_id).join('+')])).toEqual([
      ['Mao said that ', ''],
      ['the ', 'f1'],
      ['Red Guards', 'f1+f2'],
      [' went', 'f2'],
      [' too far in 1967.', ''],
    ])
    expect(segments[2]!.missingLink).toBe(true)
  })

  it('follows an edited text and lists a vanished passage as an orphan', () => {
    const saved = passage(18, 28)
    const edited = `In his words: ${text}`
    const moved = placePassages(edited, [saved])
    expect(edited.slice(moved.placed[0]!.start, moved.placed[0]!.end)).toBe('Red Guards')
    const gone = placePassages('An entirely different sentence about treaties.', [saved])
    expect(gone.orphans).toEqual([saved])
  })
})
