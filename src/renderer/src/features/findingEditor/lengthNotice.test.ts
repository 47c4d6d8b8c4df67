import { describe, expect, it } from 'vitest'
import { cutPoint, lengthNotice } from './lengthNotice'

describe('lengthNotice', () => {
  it('says nothing well under the limit, counts near it, and says by how much it is over', () => {
    expect(lengthNotice(10, 1_000_000)).toBeUndefined()
    expect(lengthNotice(990_000, 1_000_000)).toEqual({ key: 'editor.lengthNear', values: { length: 990_000, limit: 1_000_000, left: 10_000 }, over: false })
    expect(lengthNotice(1_000_250, 1_000_000)).toEqual({ key: 'editor.lengthOver', values: { over: 250, limit: 1_000_000 }, over: true })
  })
})

describe('cutPoint', () => {
  it('cuts at a near space, and never splits a surrogate pair', () => {
    expect(cutPoint('short', 100)).toBe(5)
    expect(cutPoint('aaaa bbbb cccc', 7)).toBe(4)
    const emoji = `${'x'.repeat(9)}😀${'y'.repeat(10)}`
    expect(cutPoint(emoji, 10)).toBe(9)
  })
})
