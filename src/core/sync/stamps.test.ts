import { describe, expect, it } from 'vitest'
import { encodeHlc } from './hlc'
import { parseStamp, pastStamp, plainStamp } from './stamps'

const DEVICE = '01a24c43-6751-721e-a1fa-a52aefd02831'
const stamp = (wall: number, counter: number) => encodeHlc({ wall, counter, device: DEVICE })

describe('pastStamp', () => {
  it('stamps a stub just before the latest change: after every earlier stamp of its device, before the change itself', () => {
    for (const [wall, counter, previous] of [
      [0x19a24c436c87, 5, stamp(0x19a24c436c87, 4)],
      [0x19a24c436c87, 0, stamp(0x19a24c436c86, 0xffff)],
    ] as const) {
      const latest = stamp(wall, counter)
      const stub = pastStamp(latest)
      expect(parseStamp(stub)).toMatchObject({ device: DEVICE, stub: true })
      expect(stub < latest).toBe(true)
      expect(stub > previous).toBe(true)
      expect(plainStamp(stub)).toBe(previous)
    }
  })
})
