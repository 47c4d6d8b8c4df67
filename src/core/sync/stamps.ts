/**
 * What a clock stamp in an op may look like, and how far ahead of this laptop's clock it may
 * be. A sync file is untrusted input: one stamp from the year 2099 would drag every later local
 * write there (and spread to every colleague), and a malformed one breaks decoding later.
 */

/** How far ahead of this laptop's wall clock an incoming stamp may be: wall clocks a day apart still sync. */
export const MAX_AHEAD_MS = 24 * 3600 * 1000

/** `<wall: 12 hex>.<counter: 4 hex>.<device>`, plus `:stub` on the stubs of private records. */
const STAMP = /^([0-9a-f]{12})\.([0-9a-f]{4})\.([0-9A-Za-z._-]{1,64})(:stub)?$/

export interface ParsedStamp {
  wall: number
  counter: number
  device: string
  stub: boolean
}

export function parseStamp(text: string): ParsedStamp | undefined {
  const match = STAMP.exec(text)
  return match ? { wall: parseInt(match[1]!, 16), counter: parseInt(match[2]!, 16), device: match[3]!, stub: match[4] !== undefined } : undefined
}

export interface StampRules {
  /** The device the stamp must name (an op's own stamp names its device). */
  device?: string
  /** Whether the stamp must (true) or must not (false) carry the stub suffix; either when absent. */
  stub?: boolean
  /** This laptop's wall clock in ms for incoming ops; local ops are not bounded. */
  now?: number
}

/** Why `text` is not an acceptable stamp, in words, or undefined. */
export function stampProblem(text: string, rules: StampRules = {}): string | undefined {
  const stamp = parseStamp(text)
  if (!stamp) return `"${text.slice(0, 80)}" is not a clock stamp`
  if (rules.device !== undefined && stamp.device !== rules.device) return `clock stamp ${text} names device ${stamp.device}, not ${rules.device}`
  if (rules.stub === true && !stamp.stub) return `clock stamp ${text} of a stub lacks ":stub"`
  if (rules.stub === false && stamp.stub) return `clock stamp ${text} is a stub's`
  if (rules.now !== undefined && stamp.wall > rules.now + MAX_AHEAD_MS) return aheadBy(text, stamp.wall - rules.now)
  return undefined
}

function aheadBy(text: string, ms: number): string {
  const hours = ms / 3_600_000
  const amount = hours < 72 ? `${Math.round(hours)} hours` : `${Math.round(hours / 24).toLocaleString('en-US')} days`
  return `clock stamp ${text} is ${amount} ahead of this laptop's clock (more than a day)`
}

/** The stamp without its stub suffix. */
export const plainStamp = (text: string): string => (text.endsWith(':stub') ? text.slice(0, -':stub'.length) : text)

/**
 * The stamp of the stub of a private record whose latest change is `latest`: just before it
 * (`:stub` after the stamp one counter step earlier), so between `latest` and any earlier stamp
 * of its device. A stub stamped after `latest` lay past what every recipient holds of that
 * device (its `seen_vector`), so each recipient wrote it again as a change of its own at every
 * sync (in a team folder: a new file at every sync, for ever); one before `latest` is inside
 * what a recipient of `latest` (or of its withheld stamp) already holds.
 */
export function pastStamp(latest: string): string {
  const stamp = parseStamp(latest)
  if (!stamp) throw new RangeError(`"${latest}" is not a clock stamp`)
  const [wall, counter] = stamp.counter > 0 ? [stamp.wall, stamp.counter - 1] : [stamp.wall - 1, 0xffff]
  return `${wall.toString(16).padStart(12, '0')}.${counter.toString(16).padStart(4, '0')}.${stamp.device}:stub`
}
