import type { DatePrecision } from '../../shared/model/findingVocab'

/** A CSL date: up to two date-parts arrays (a range), a season 1-4, and `circa`. */
export interface CslDate {
  'date-parts': number[][]
  season?: number
  circa?: boolean
}

const SIMPLE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?[?~%]?$/
/** A date whose trailing digits are unspecified (`1956-09-2X`, `195X`): only the known parts count. */
const PARTLY_UNSPECIFIED = /^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX))?(?:-(\d{2}|\d?X{1,2}))?[?~%]?$/
const SEASON = /^(\d{4})-(2[1-4])[?~%]?$/

function simpleParts(value: string): number[] | undefined {
  const match = SIMPLE.exec(value)
  if (!match) return undefined
  return match
    .slice(1)
    .filter((part) => part !== undefined)
    .map(Number)
}

function partlyUnspecified(value: string): number[][] | undefined {
  const match = PARTLY_UNSPECIFIED.exec(value)
  if (!match) return undefined
  const [, year, month, day] = match
  if (year!.includes('X')) {
    const digits = year!.replace(/X/g, '')
    const span = 10 ** (4 - digits.length)
    const start = Number(digits) * span
    return [[start], [start + span - 1]]
  }
  const parts = [Number(year)]
  if (month !== undefined && !month.includes('X')) {
    parts.push(Number(month))
    if (day !== undefined && !day.includes('X')) parts.push(Number(day))
  }
  return [parts]
}

function rangeParts(value: string): number[][] | undefined {
  const inner = /^\[([^\],]+)\.\.([^\],]+)\]$/.exec(value) ?? /^([^/]+)\/([^/]+)$/.exec(value)
  if (!inner) return undefined
  const from = simpleParts(inner[1]!)
  const to = simpleParts(inner[2]!)
  return from && to ? [from, to] : undefined
}

/**
 * The CSL `issued` of an EDTF date at its recorded precision: `1956-09-22` → [[1956,9,22]],
 * `1967-03` → [[1967,3]], `1966-23` → [[1966]] season 3, `[1956-09..1956-10]` and `1956-09/1956-10`
 * → two date-parts, `195X` → [[1950],[1959]]. Approximate dates carry `circa`. Undefined for
 * unknown dates and lists, which CSL cannot say; the EDTF then travels in the note.
 */
export function cslIssued(edtf: string, precision: DatePrecision, approximate: boolean): CslDate | undefined {
  const value = edtf.trim()
  const season = SEASON.exec(value)
  const parts = season
    ? [[Number(season[1])]]
    : precision === 'unknown'
      ? undefined
      : (rangeParts(value) ?? (simpleParts(value) ? [simpleParts(value)!] : partlyUnspecified(value)))
  if (parts === undefined) return undefined
  return {
    'date-parts': parts,
    ...(season ? { season: Number(season[2]) - 20 } : {}),
    ...(approximate || value.endsWith('~') || value.endsWith('%') ? { circa: true } : {}),
  }
}

/** True when `cslIssued` says everything the EDTF says, so the note need not repeat it. */
export function issuedIsExact(edtf: string): boolean {
  return SIMPLE.test(edtf.trim()) && !/[?%]$/.test(edtf.trim())
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The EDTF of a CSL date, for imports: date-parts at their precision, a range as `from/to`, circa as `~`. */
export function edtfOfCslDate(date: unknown): string | undefined {
  if (typeof date !== 'object' || date === null) return undefined
  const { 'date-parts': parts, circa, season } = date as Record<string, unknown>
  if (!Array.isArray(parts) || parts.length === 0) return undefined
  const ends = parts.slice(0, 2).map((p: unknown) =>
    Array.isArray(p) && p.length > 0 && p.every((n) => Number.isInteger(Number(n)))
      ? p
          .map(Number)
          .map((n, i) => (i === 0 ? String(n).padStart(4, '0') : pad(n)))
          .join('-')
      : undefined,
  )
  if (ends.some((end) => end === undefined)) return undefined
  const seasonCode = Number(season)
  const single =
    ends.length === 1 && seasonCode >= 1 && seasonCode <= 4 && /^\d{4}$/.test(ends[0]!)
      ? `${ends[0]}-${20 + seasonCode}`
      : ends[0]!
  const base = ends.length === 2 ? `${ends[0]}/${ends[1]}` : single
  return circa === true || circa === 'true' || circa === 1 ? `${base}~`.replace('/', '~/') : base
}
