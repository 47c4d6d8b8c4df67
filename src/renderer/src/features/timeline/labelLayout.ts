/**
 * Where the titles beside the marks go, without two ever overlapping (issue 14). A pure function
 * of the marks' pixel positions, so it is tested apart from the canvas and runs every frame.
 *
 * Each lane row is a line of its own (labels are one row tall), so collisions can only happen
 * within a row. Walking a row left to right, a mark whose title fits (right of the mark, else
 * left of it, else inside a wide mark) leads a group; the marks after it that start before its
 * title ends join that group and are counted on it ("Title… +3 more"), as are marks whose title
 * cannot be placed at all near the right edge. A click on a count opens the group's marks.
 * Every mark is either the leader of exactly one label or counted in exactly one.
 */

export interface LabelMark {
  /** Index of the mark in the caller's list. */
  index: number
  /** The row the mark is drawn in: lane * 1000 + row. */
  slot: number
  /** The mark's left and right edges (px; may lie outside 0..width). */
  left: number
  right: number
  title: string
  /** Space kept between the mark and its title (room for a `?` or `≠`). */
  pad: number
}

export interface PlacedLabel {
  slot: number
  /** The box the text occupies (px). */
  x: number
  width: number
  text: string
  /** The mark whose title this is, or undefined for a bare count at the end of a crowded row. */
  leader?: number
  /** Every mark the label stands for: the leader and the hidden ones it counts. */
  members: number[]
  /** How many marks the label counts besides its leader. */
  hidden: number
}

export interface LabelOptions {
  width: number
  measure(text: string): number
  /** The longest a title may be drawn (px). */
  maxWidth?: number
  /** Space kept between two labels, and between a label and the mark after it. */
  gap?: number
  /** The count's words, in the interface language ("+3 more"). */
  more?(hidden: number): string
}

const ELLIPSIS = '…'
/** The narrowest box worth drawing: room for a few letters or a count. */
export const MIN_LABEL = 50

export function moreText(hidden: number): string {
  return `+${hidden} more`
}

/** The options' count words, or the English ones. */
const countWords = (options: LabelOptions) => options.more ?? moreText

/** Lays out the labels of the marks; `marks` need not be sorted. */
export function layoutLabels(marks: readonly LabelMark[], options: LabelOptions): PlacedLabel[] {
  const bySlot = new Map<number, LabelMark[]>()
  for (const mark of marks) {
    const row = bySlot.get(mark.slot)
    if (row) row.push(mark)
    else bySlot.set(mark.slot, [mark])
  }
  const labels: PlacedLabel[] = []
  for (const row of bySlot.values()) {
    row.sort((a, b) => a.left - b.left || a.index - b.index)
    labels.push(...layoutRow(row, options))
  }
  return labels
}

function layoutRow(row: readonly LabelMark[], options: LabelOptions): PlacedLabel[] {
  const { width, measure } = options
  const maxWidth = options.maxWidth ?? 220
  const gap = options.gap ?? 8
  const placed: PlacedLabel[] = []
  let pending: number[] = []
  /** Where the last label ends (labels left of it would collide). */
  let end = -Infinity
  for (const mark of row) {
    const last = placed.at(-1)
    if (last && mark.left < end + gap) {
      joinGroup(last, mark.index)
      continue
    }
    // A short title still keeps room for a count ("+12 more") should marks join it.
    const box = placeBox(mark, Math.max(MIN_LABEL, Math.min(maxWidth, measure(mark.title))), end + gap, width)
    if (!box) {
      if (last) joinGroup(last, mark.index)
      else pending.push(mark.index)
      continue
    }
    placed.push({ slot: mark.slot, x: box.x, width: box.width, text: mark.title, leader: mark.index, members: [...pending, mark.index], hidden: pending.length })
    pending = []
    end = box.x + box.width
  }
  if (pending.length > 0) {
    // Nothing in this row could be labelled: a bare count, kept inside the view.
    const text = countWords(options)(pending.length)
    const w = Math.min(measure(text), width)
    const first = row[0]?.left ?? 0
    placed.push({ slot: row[0]?.slot ?? 0, x: Math.max(0, Math.min(first, width - w)), width: w, text, members: pending, hidden: pending.length })
  }
  for (const label of placed) if (label.leader !== undefined) label.text = fitText(label.text, label.width, label.hidden, measure, countWords(options))
  return placed
}

function joinGroup(label: PlacedLabel, index: number): void {
  label.members.push(index)
  label.hidden++
}

/** Right of the mark, else left of it, else inside it; each within the view and after `from`. */
function placeBox(mark: LabelMark, textWidth: number, from: number, width: number): { x: number; width: number } | undefined {
  const right = Math.max(mark.right + mark.pad, 0)
  const rightRoom = width - right
  if (right >= from && rightRoom >= MIN_LABEL) return { x: right, width: Math.min(textWidth, rightRoom) }
  const leftEnd = Math.min(mark.left - 4, width)
  const leftRoom = leftEnd - Math.max(from, 0)
  if (leftRoom >= MIN_LABEL) {
    const w = Math.min(textWidth, leftRoom)
    return { x: leftEnd - w, width: w }
  }
  const inside = Math.max(mark.left, from, 0) + 2
  const insideRoom = Math.min(mark.right, width) - inside
  if (insideRoom >= MIN_LABEL) return { x: inside, width: Math.min(textWidth, insideRoom) }
  return undefined
}

/** The title cut to fit the box with its count after it ("Title… +3 more"), or the count alone. */
export function fitText(title: string, width: number, hidden: number, measure: (text: string) => number, more = moreText): string {
  const suffix = hidden > 0 ? ` ${more(hidden)}` : ''
  if (measure(title + suffix) <= width) return title + suffix
  // Binary search for the longest prefix that fits with the ellipsis and the count.
  let [lo, hi] = [0, title.length]
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(title.slice(0, mid) + ELLIPSIS + suffix) <= width) lo = mid
    else hi = mid - 1
  }
  if (lo === 0) return hidden === 0 ? ELLIPSIS : measure(more(hidden)) <= width ? more(hidden) : `+${hidden}`
  return title.slice(0, lo).trimEnd() + ELLIPSIS + suffix
}
