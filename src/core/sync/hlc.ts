/**
 * Hybrid logical clock (Kulkarni et al., 2014) for stamping field writes on each laptop.
 * Reading-room wall clocks are unreliable (wrong time zone, dead battery, manual resets), so the
 * clock never moves backwards: when the wall clock does, the logical counter carries the order.
 */

/** A stamp: wall milliseconds, a counter for events within one millisecond, and the device. */
export interface Hlc {
  wall: number
  counter: number
  device: string
}

/** Counters above this roll into the next millisecond, keeping the encoding fixed-width. */
export const HLC_MAX_COUNTER = 0xffff
/** Largest wall time the 12-hex-digit encoding holds (about the year 10889). */
const MAX_WALL = 0xffff_ffff_ffff
const WALL_DIGITS = 12
const COUNTER_DIGITS = 4
const DEVICE = /^[\x21-\x7e]{1,64}$/

/** Throws if `device` is not 1-64 printable ASCII characters (the encoding relies on it). */
export function assertDeviceId(device: string): void {
  if (!DEVICE.test(device)) {
    throw new RangeError(`HLC device id "${device}" must be 1-64 printable ASCII characters without spaces`)
  }
}

/** The stamp before any event on `device`. */
export function hlcZero(device: string): Hlc {
  assertDeviceId(device)
  return { wall: 0, counter: 0, device }
}

function readWall(nowMs: number): number {
  return Number.isFinite(nowMs) ? Math.min(MAX_WALL, Math.max(0, Math.floor(nowMs))) : 0
}

/** Moves to the next counter value, rolling into the next millisecond when the counter is full. */
function bump(wall: number, counter: number, device: string): Hlc {
  return counter >= HLC_MAX_COUNTER
    ? { wall: wall + 1, counter: 0, device }
    : { wall, counter: counter + 1, device }
}

/** The stamp for a local event after `last`, at wall time `nowMs`. Always later than `last`. */
export function tick(last: Hlc, nowMs: number): Hlc {
  const now = readWall(nowMs)
  return now > last.wall
    ? { wall: now, counter: 0, device: last.device }
    : bump(last.wall, last.counter, last.device)
}

/**
 * The local stamp after seeing `remote` (e.g. while importing a sync file) at wall time `nowMs`.
 * The result is later than both `local` and `remote`, and keeps the local device.
 */
export function receive(local: Hlc, remote: Hlc, nowMs: number): Hlc {
  const now = readWall(nowMs)
  const wall = Math.max(local.wall, remote.wall, now)
  if (wall === now && now > local.wall && now > remote.wall) return { wall, counter: 0, device: local.device }
  const counter = Math.max(
    wall === local.wall ? local.counter : -1,
    wall === remote.wall ? remote.counter : -1,
  )
  return bump(wall, counter, local.device)
}

/** Total order: wall, then counter, then device id. Returns -1, 0 or 1. */
export function compareHlc(a: Hlc, b: Hlc): -1 | 0 | 1 {
  if (a.wall !== b.wall) return a.wall < b.wall ? -1 : 1
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1
  if (a.device !== b.device) return a.device < b.device ? -1 : 1
  return 0
}

/**
 * Encodes a stamp as `<wall:12 hex>.<counter:4 hex>.<device>`; strings sort in clock order,
 * so SQLite can order and compare them as text.
 */
export function encodeHlc(stamp: Hlc): string {
  assertDeviceId(stamp.device)
  const wall = stamp.wall.toString(16).padStart(WALL_DIGITS, '0')
  const counter = stamp.counter.toString(16).padStart(COUNTER_DIGITS, '0')
  return `${wall}.${counter}.${stamp.device}`
}

const ENCODED = /^([0-9a-f]{12})\.([0-9a-f]{4})\.([\x21-\x7e]{1,64})$/

/** Reads an encoded stamp; throws a RangeError naming the text if it is not one. */
export function decodeHlc(text: string): Hlc {
  const match = ENCODED.exec(text)
  if (!match) throw new RangeError(`"${text}" is not an HLC stamp (<12 hex>.<4 hex>.<device>)`)
  return { wall: parseInt(match[1]!, 16), counter: parseInt(match[2]!, 16), device: match[3]! }
}

/** A device's clock: keeps the last stamp so callers only ask for the next one. */
export interface HlcClock {
  /** Stamp a local event. */
  now(): Hlc
  /** Merge a stamp seen in incoming data; returns the new local stamp. */
  receive(remote: Hlc): Hlc
  /** The last stamp issued (to persist, so the clock survives restarts). */
  last(): Hlc
}

/**
 * Creates the clock of `device`. Pass the last persisted stamp as `last` so that a restart with
 * a wall clock set back still issues later stamps.
 */
export function createHlcClock(options: { device: string; wallMs: () => number; last?: Hlc }): HlcClock {
  let current = options.last ?? hlcZero(options.device)
  assertDeviceId(options.device)
  if (current.device !== options.device) current = { ...current, device: options.device }
  return {
    now: () => (current = tick(current, options.wallMs())),
    receive: (remote) => (current = receive(current, remote, options.wallMs())),
    last: () => current,
  }
}
