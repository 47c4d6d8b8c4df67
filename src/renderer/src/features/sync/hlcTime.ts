import { formatInstant } from '../../../../shared/i18n/format'
import type { Translate } from '../../../../shared/i18n/messageIds'

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

/** A stamp's time for people, in the reader's locale; "an unknown time" if it has none (never the raw stamp). */
export function describeHlc(hlc: string, t: Translate, locale: string): string {
  const date = hlcTime(hlc)
  return date ? formatInstant(date, locale) : t('sync.unknownTime')
}

/** An ISO timestamp from the core as local date and time, or "never". */
export function formatIso(iso: string | null | undefined, t: Translate, locale: string): string {
  return iso ? formatInstant(iso, locale) : t('common.never')
}
