/**
 * Multi-selection of the findings list, by id (rows move when the list reloads; ids do not),
 * with the anchor row that Shift extends from. Pure functions, so the rules are testable.
 */
export interface Selection {
  ids: ReadonlySet<string>
  /** The row a Shift+click or Shift+arrow range starts from. */
  anchor: number
  /** The finding at the anchor when it was set: after a re-sort it is found again by this id. */
  anchorId?: string
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: 0 }

/** A plain click: only this row. */
export function selectOnly(index: number, id: string): Selection {
  return { ids: new Set([id]), anchor: index, anchorId: id }
}

/** Ctrl/Cmd+click or Space: this row in or out, the rest kept; it becomes the anchor. */
export function toggle(selection: Selection, index: number, id: string): Selection {
  const ids = new Set(selection.ids)
  if (ids.has(id)) ids.delete(id)
  else ids.add(id)
  return { ids, anchor: index, anchorId: id }
}

/** The keyboard moved without Shift: a later range starts at this row (`id` when it is loaded). */
export function moveAnchor(selection: Selection, index: number, id: string | undefined): Selection {
  return { ids: selection.ids, anchor: index, ...(id ? { anchorId: id } : {}) }
}

/**
 * Shift+click or Shift+arrow: the rows from the anchor to here (given as `rangeIds`). With
 * `keep` (Ctrl/Cmd held too) the range is added to what was selected; the anchor stays (at
 * `anchor`, where its finding is now, when the list was re-sorted since).
 */
export function selectRange(selection: Selection, rangeIds: readonly string[], keep: boolean, anchor = selection.anchor): Selection {
  return { ...selection, ids: new Set([...(keep ? selection.ids : []), ...rangeIds]), anchor }
}

/** Ctrl/Cmd+A: every row of the list (the ids come from `findings.ids`). */
export function selectAll(selection: Selection, ids: readonly string[]): Selection {
  return { ...selection, ids: new Set(ids) }
}

/** The first and last row of the range between the anchor and `index`, in order. */
export function rangeBounds(anchor: number, index: number): [number, number] {
  return anchor <= index ? [anchor, index] : [index, anchor]
}

/**
 * Where the anchor's finding is in the list as it is now: its old place when the same finding is
 * still there, else found by id in `orderedIds` (the list re-sorted), else the old place (it left).
 */
export function anchorNow(selection: Selection, idAtAnchor: string | undefined, orderedIds?: readonly string[]): number {
  if (!selection.anchorId || idAtAnchor === selection.anchorId) return selection.anchor
  const at = orderedIds?.indexOf(selection.anchorId) ?? -1
  return at >= 0 ? at : selection.anchor
}
