import { english } from '../../../../shared/i18n/english'
import { validateEdtf } from '../../../../shared/findings/date'
import type { Translate } from '../../../../shared/i18n/messageIds'
import { refusalText } from '../../../../shared/i18n/refusalText'
import { EventDate, OverlapDays } from '../../../../shared/model/event'

/** The date part of the timeline filters, as typed: checked before anything is asked of the core. */
export interface DateChoices {
  from: string
  to: string
  /** "Overlapping ±N days" ticked, and N as typed. */
  overlap: boolean
  overlapDays: string
  includeCoarser: boolean
}

export const NO_DATE_CHOICES: DateChoices = { from: '', to: '', overlap: false, overlapDays: '7', includeCoarser: false }

/** The date filter both `events.list` and `findings.timeline` understand; only the valid parts are sent. */
export interface DateFilter {
  from?: string
  to?: string
  overlapDays?: number
  includeCoarser?: boolean
}

/** Why a typed bound is not a year, month or day (`1956`, `1956-09`, `1956-09-22`), or undefined if it is. */
export function dateProblem(text: string, t: Translate): string | undefined {
  if (text === '') return undefined
  if (!EventDate.safeParse(text).success) return t('timeline.notADate', { text })
  const month = Number(text.slice(5, 7))
  if (text.length > 4 && (month < 1 || month > 12)) return t('timeline.noSuchMonth', { text, month: text.slice(5, 7) })
  // The shared EDTF check names an impossible day: "that month has 29 days, not 30".
  const checked = validateEdtf(text)
  return checked.ok ? undefined : refusalText(checked.refusal, t, (field) => field)
}

/** Why N is not a whole number of days from 0 to 366, or undefined if it is. */
export function daysProblem(text: string, t: Translate): string | undefined {
  return /^\d+$/.test(text) && OverlapDays.safeParse(Number(text)).success ? undefined : t('timeline.badDays')
}

export function toDateFilter(choices: DateChoices): DateFilter {
  const from = choices.from && !dateProblem(choices.from, english) ? choices.from : undefined
  const to = choices.to && !dateProblem(choices.to, english) ? choices.to : undefined
  if (!from && !to) return {}
  const days = choices.overlap && !daysProblem(choices.overlapDays, english) ? Number(choices.overlapDays) : 0
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(days > 0 ? { overlapDays: days } : {}),
    ...(choices.includeCoarser ? { includeCoarser: true } : {}),
  }
}
