import { codePointToUtf16, reanchor } from '../../../../shared/anchoring'
import type { EssayParagraph, TextRun } from '../../../../shared/model/essay'
import type { EssayPassage } from '../../../../shared/model/findingCounts'

/** The paragraph as anchors see it: the runs' texts joined (no ¶ link, no markup). */
export function paragraphPlainText(paragraph: EssayParagraph): string {
  return paragraph.runs.map((run) => run.text).join('')
}

/** A passage found in the current text, in UTF-16 offsets (what strings and the DOM use). */
export interface PlacedPassage {
  start: number
  end: number
  passage: EssayPassage
}

/**
 * Re-anchors saved passages against the paragraph as it reads now. Passages that can no longer
 * be found are returned as orphans, to be listed under the paragraph rather than dropped.
 */
export function placePassages(text: string, passages: readonly EssayPassage[]): { placed: PlacedPassage[]; orphans: EssayPassage[] } {
  const placed: PlacedPassage[] = []
  const orphans: EssayPassage[] = []
  for (const passage of passages) {
    const found = reanchor(text, passage.anchor)
    if (found.status === 'orphan') orphans.push(passage)
    else placed.push({ start: codePointToUtf16(text, found.start), end: codePointToUtf16(text, found.end), passage })
  }
  return { placed, orphans }
}

/** A piece of a run: its text and the passages that cover it (none: plain text). */
export interface Segment {
  text: string
  missingLink: boolean
  passages: EssayPassage[]
}

/**
 * Cuts the runs at every passage boundary, so each piece is either plain or covered by the same
 * passages throughout; overlapping passages simply give pieces with several.
 */
export function segmentRuns(runs: readonly TextRun[], placed: readonly PlacedPassage[]): Segment[] {
  const segments: Segment[] = []
  let offset = 0
  for (const run of runs) {
    const runEnd = offset + run.text.length
    const cuts = new Set([offset, runEnd])
    for (const p of placed) for (const at of [p.start, p.end]) if (at > offset && at < runEnd) cuts.add(at)
    const points = [...cuts].sort((a, b) => a - b)
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i]!, points[i + 1]!]
      segments.push({
        text: run.text.slice(from - offset, to - offset),
        missingLink: run.missingLink === true,
        passages: placed.filter((p) => p.start <= from && p.end >= to).map((p) => p.passage),
      })
    }
    offset = runEnd
  }
  return segments
}

/**
 * Where a DOM point falls in the paragraph's plain text: the length of the text from the
 * paragraph's start up to it. Marks and spans add no characters; the ¶ link at the end is
 * clamped away.
 */
export function offsetInParagraph(paragraph: HTMLElement, node: Node, offset: number, textLength: number): number {
  const range = document.createRange()
  range.setStart(paragraph, 0)
  range.setEnd(node, offset)
  return Math.min(range.toString().length, textLength)
}
