import { describe, expect, it } from 'vitest'
import { anchorNow, moveAnchor, NO_SELECTION, rangeBounds, selectAll, selectOnly, selectRange, toggle } from './selection'

const ids = (selection: { ids: ReadonlySet<string> }) => [...selection.ids].sort()

describe('findings list selection', () => {
  it('a click selects one row and anchors there; Ctrl+click toggles rows in and out', () => {
    let selection = selectOnly(3, 'c')
    expect(ids(selection)).toEqual(['c'])
    selection = toggle(selection, 5, 'e')
    expect(ids(selection)).toEqual(['c', 'e'])
    expect(selection.anchor).toBe(5)
    selection = toggle(selection, 3, 'c')
    expect(ids(selection)).toEqual(['e'])
  })

  it('Shift extends from the anchor in either direction, replacing or (with Ctrl) adding', () => {
    const anchored = selectOnly(4, 'd')
    expect(rangeBounds(anchored.anchor, 1)).toEqual([1, 4])
    expect(rangeBounds(anchored.anchor, 7)).toEqual([4, 7])
    const replaced = selectRange(toggle(anchored, 4, 'x'), ['d', 'e', 'f'], false)
    expect(ids(replaced)).toEqual(['d', 'e', 'f'])
    const added = selectRange({ ids: new Set(['z']), anchor: 4 }, ['d', 'e'], true)
    expect(ids(added)).toEqual(['d', 'e', 'z'])
    expect(added.anchor).toBe(4)
  })

  it('select all takes every id given and keeps the anchor', () => {
    const all = selectAll({ ...NO_SELECTION, anchor: 2 }, ['a', 'b', 'c'])
    expect(ids(all)).toEqual(['a', 'b', 'c'])
    expect(all.anchor).toBe(2)
  })

  it('after a re-sort the anchor is its finding, found again by id; a keyboard move re-anchors', () => {
    const anchored = selectOnly(0, 'x')
    expect(anchorNow(anchored, 'x')).toBe(0)
    expect(anchorNow(anchored, 'b', ['a', 'b', 'c', 'x'])).toBe(3)
    // The finding left the list (filtered out, or in the Trash): its old place is all there is.
    expect(anchorNow(anchored, 'b', ['a', 'b'])).toBe(0)
    const moved = moveAnchor(anchored, 5, 'e')
    expect(moved).toMatchObject({ anchor: 5, anchorId: 'e' })
    expect(ids(moved)).toEqual(['x'])
    expect(selectRange(anchored, ['c', 'x'], false, 3)).toMatchObject({ anchor: 3, anchorId: 'x' })
  })
})
