import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fitText, layoutLabels, MIN_LABEL, type LabelMark, type PlacedLabel } from './labelLayout'

/** A monospace stand-in for the canvas: 6 px a character. */
const measure = (text: string): number => text.length * 6

function mark(index: number, left: number, title = `Event ${index}`, slot = 0, width = 3): LabelMark {
  return { index, slot, left, right: left + width, title, pad: 4 }
}

function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.slot === b.slot && a.x < b.x + b.width && b.x < a.x + a.width
}

/** The invariants: no two labels in a row overlap, all lie in view, text fits, every mark counted once. */
function checkLayout(marks: readonly LabelMark[], labels: readonly PlacedLabel[], width: number): void {
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!
    expect(a.x).toBeGreaterThanOrEqual(0)
    expect(a.x + a.width).toBeLessThanOrEqual(width + 1e-9)
    expect(measure(a.text)).toBeLessThanOrEqual(Math.max(a.width, measure(a.text.startsWith('+') ? a.text : '…')))
    expect(a.hidden).toBe(a.members.length - (a.leader === undefined ? 0 : 1))
    for (let j = i + 1; j < labels.length; j++) expect(overlaps(a, labels[j]!), `${a.text} / ${labels[j]!.text}`).toBe(false)
  }
  const counted = labels.flatMap((l) => l.members).sort((x, y) => x - y)
  expect(counted).toEqual(marks.map((m) => m.index).sort((x, y) => x - y))
}

describe('layoutLabels', () => {
  it('labels marks that have room, and counts the crowded ones on the label before them', () => {
    const marks = [mark(0, 10, 'August plenum'), mark(1, 30, 'Delegation'), mark(2, 50, 'Return'), mark(3, 400, 'Armistice')]
    const labels = layoutLabels(marks, { width: 800, measure })
    checkLayout(marks, labels, 800)
    expect(labels.map((l) => l.text)).toEqual([expect.stringMatching(/^Aug.*… \+2 more$/), 'Armistice'])
    expect(labels[0]?.members).toEqual([0, 1, 2])
  })

  it('never clips at the right edge: a title there moves left of its mark, or is cut short', () => {
    const marks = [mark(0, 780, 'Sino-Soviet split deepens')]
    const [label] = layoutLabels(marks, { width: 800, measure })
    expect(label!.x + label!.width).toBeLessThanOrEqual(780)
    const cut = layoutLabels([mark(0, 700, 'A very long title that runs past the edge of the chart')], { width: 800, measure })
    expect(cut[0]!.x + cut[0]!.width).toBeLessThanOrEqual(800)
    expect(cut[0]!.text.endsWith('…')).toBe(true)
  })

  it('rows are laid out apart: the same place in two rows is no collision', () => {
    const labels = layoutLabels([mark(0, 10, 'A', 0), mark(1, 10, 'B', 1)], { width: 400, measure })
    expect(labels.map((l) => l.text).sort()).toEqual(['A', 'B'])
  })

  it('fits a title and its count into a box, or the count alone', () => {
    expect(fitText('August plenum', 200, 0, measure)).toBe('August plenum')
    expect(fitText('August plenum', 60, 0, measure)).toBe('August pl…')
    expect(fitText('August plenum', 60, 3, measure)).toBe('A… +3 more')
    expect(fitText('August plenum', 45, 3, measure)).toBe('+3 more')
    expect(fitText('August plenum', 30, 3, measure)).toBe('+3')
  })

  it('property: no two placed labels overlap and every mark is placed or counted', () => {
    const markArb = fc.record({
      left: fc.integer({ min: -300, max: 1500 }),
      width: fc.integer({ min: 0, max: 600 }),
      slot: fc.integer({ min: 0, max: 3 }),
      title: fc.string({ minLength: 0, maxLength: 60 }),
      pad: fc.constantFrom(4, 12),
    })
    fc.assert(
      fc.property(fc.array(markArb, { maxLength: 120 }), fc.integer({ min: MIN_LABEL, max: 1400 }), (raw, width) => {
        const marks = raw.map((m, index) => ({ index, slot: m.slot, left: m.left, right: m.left + m.width, title: m.title, pad: m.pad }))
        checkLayout(marks, layoutLabels(marks, { width, measure }), width)
      }),
      { numRuns: 300 },
    )
  })
})
