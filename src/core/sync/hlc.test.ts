import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  HLC_MAX_COUNTER,
  compareHlc,
  createHlcClock,
  decodeHlc,
  encodeHlc,
  hlcZero,
  receive,
  tick,
  type Hlc,
} from './hlc'

const device = fc.stringMatching(/^[A-Za-z0-9._:-]{1,12}$/)
const stamp: fc.Arbitrary<Hlc> = fc.record({
  wall: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  counter: fc.integer({ min: 0, max: HLC_MAX_COUNTER }),
  device,
})
const wallTimes = fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { minLength: 1, maxLength: 50 })

describe('hybrid logical clock', () => {
  it('stays monotonic whatever the wall clock does, including going backwards', () => {
    fc.assert(
      fc.property(stamp, wallTimes, (start, walls) => {
        let last = start
        for (const wall of walls) {
          const next = tick(last, wall)
          expect(compareHlc(next, last)).toBe(1)
          last = next
        }
      }),
    )
  })

  it('orders by counter when the reading-room clock is set back an hour', () => {
    const times = [10_000_000, 10_000_000 - 3_600_000, 10_000_000 - 3_600_000]
    const clock = createHlcClock({ device: 'LAP-A', wallMs: () => times.shift()! })
    const stamps = [clock.now(), clock.now(), clock.now()]
    expect(stamps.map((s) => [s.wall, s.counter])).toEqual([
      [10_000_000, 0],
      [10_000_000, 1],
      [10_000_000, 2],
    ])
  })

  it('receive dominates both the local and the remote stamp and keeps the local device', () => {
    fc.assert(
      fc.property(stamp, stamp, fc.integer({ min: 0, max: 4_102_444_800_000 }), (local, remote, now) => {
        const merged = receive(local, remote, now)
        expect(compareHlc(merged, local)).toBe(1)
        expect(compareHlc(merged, remote)).toBe(1)
        expect(merged.device).toBe(local.device)
        expect(merged.wall).toBeGreaterThanOrEqual(now)
      }),
    )
  })

  it('compare is a total order: antisymmetric, transitive, zero only for equal stamps', () => {
    fc.assert(
      fc.property(stamp, stamp, stamp, (a, b, c) => {
        expect(compareHlc(a, b)).toBe(-compareHlc(b, a) || 0)
        expect(compareHlc(a, b) === 0).toBe(
          a.wall === b.wall && a.counter === b.counter && a.device === b.device,
        )
        if (compareHlc(a, b) <= 0 && compareHlc(b, c) <= 0) expect(compareHlc(a, c)).toBeLessThanOrEqual(0)
      }),
    )
  })

  it('encodes so that string order is clock order, and decodes back', () => {
    fc.assert(
      fc.property(stamp, stamp, (a, b) => {
        const [ea, eb] = [encodeHlc(a), encodeHlc(b)]
        expect(Math.sign(ea < eb ? -1 : ea > eb ? 1 : 0)).toBe(compareHlc(a, b))
        expect(decodeHlc(ea)).toEqual(a)
      }),
    )
  })

  it('rolls a full counter into the next millisecond instead of widening the encoding', () => {
    const full = { wall: 5, counter: HLC_MAX_COUNTER, device: 'LAP-B' }
    expect(tick(full, 0)).toEqual({ wall: 6, counter: 0, device: 'LAP-B' })
    expect(encodeHlc(tick(full, 0))).toBe('000000000006.0000.LAP-B')
  })

  it('resumes after a restart from the persisted stamp even if the wall clock went back', () => {
    const before = createHlcClock({ device: 'LAP-A', wallMs: () => 2_000 })
    before.now()
    const after = createHlcClock({ device: 'LAP-A', wallMs: () => 1_000, last: before.last() })
    expect(compareHlc(after.now(), before.last())).toBe(1)
  })

  it('rejects device ids and encodings it could not order', () => {
    expect(() => hlcZero('LAP A')).toThrow('HLC device id "LAP A" must be 1-64 printable ASCII')
    expect(() => decodeHlc('12.3.LAP-A')).toThrow('"12.3.LAP-A" is not an HLC stamp')
  })
})
