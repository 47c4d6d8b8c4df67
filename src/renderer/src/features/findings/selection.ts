/**
 * Multi-selection of the findings list, by id (rows move when the list reloads; ids do not),
 * with the anchor row that Shift extends from. Pure functions, so the rules are testable.
 */
export interface Selection {
  ids: ReadonlySet<string>
  /** The row a Shift+click or Shift+arrow range starts from. */
  anchor: number
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: 0 }

/** A plain click: only this row. */
export function selectOnly(index: number, id: string): Selection {
  return { ids: new Set([id]), anchor: index }
}

/** Ctrl/Cmd+click or Space: this row in or out, the rest kept; it becomes the anchor. */
export function toggle(selection: Selection, index: number, id: string): Selection {
  const ids = new Set(selection.ids)
  if (ids.has(id)) ids.delete(id)
  else ids.add(id)
  return { ids, anchor: index }
}

/**
 * Shift+click or Shift+arrow: the rows from the anchor to here (given as `rangeIds`). With
 * `keep` (Ctrl/Cmd held too) the range is added to what was selected; the anchor stays.
 */
export function selectRange(selection: Selection, rangeIds: readonly string[], keep: boolean): Selection {
  return { ids: new Set([...(keep ? selection.ids : []), ...rangeIds]), anchor: selection.anchor }
}

/** Ctrl/Cmd+A: every row of the list (the ids come from `findings.ids`). */
export function selectAll(selection: Selection, ids: readonly string[]): Selection {
  return { ids: new Set(ids), anchor: selection.anchor }
}

/** The first and last row of the range between the anchor and `index`, in order. */
export function rangeBounds(selection: Selection, index: number): [number, number] {
  return selection.anchor <= index ? [selection.anchor, index] : [index, selection.anchor]
}
