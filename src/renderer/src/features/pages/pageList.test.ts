import { describe, expect, it } from 'vitest'
import { english } from '../../../../shared/i18n/english'
import { moveAnnouncement, moveItem } from './pageList'

describe('moving a page', () => {
  it('moves up, down, to either end, and leaves the list alone for an index outside it', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a'])
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['c', 'a', 'b'])
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b'])
  })

  it('says where the page went, counting from one', () => {
    expect(moveAnnouncement('p3.jpg', 0, 4, english)).toBe('“p3.jpg” is now page 1 of 4')
  })
})
