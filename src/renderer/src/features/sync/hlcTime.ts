/**
 * When a change was made, read from its hybrid-logical-clock stamp (`<wall ms hex>.<counter>.<device>`).
 * Reading-room clocks can be wrong, so this is the writing laptop's own idea of the time.
 */
export function hlcTime(hlc: string): Date | undefined {
  const wall = /^([0-9a-f]{1,12})\./.exec(hlc)?.[1]
  if (wall === undefined) return undefined
  const date = new Date(parseInt(wall, 16))
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** A stamp's time for people: `2026-11-29 14:05` in local time, or the raw stamp if it has none. */
export function describeHlc(hlc: string): string {
  const date = hlcTime(hlc)
  return date ? formatLocal(date) : hlc
}

/** `2026-11-29 14:05` in local time. */
export function formatLocal(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** An ISO timestamp from the core as local time, or "never". */
export function formatIso(iso: string | null | undefined): string {
  if (!iso) return 'never'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : formatLocal(date)
}
