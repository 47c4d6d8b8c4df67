import { useLayoutEffect, type RefObject } from 'react'
import type { Translate } from '../../../../shared/i18n/messageIds'
import { formatDay, formatEdtf } from '../../../../shared/i18n/format'

/**
 * The findings grid's two date columns as wide as the reader's language writes its widest short
 * date. Fixed widths sized for English cut Russian and Korean dates at the year or the day
 * ("21 сент. 19…", "1956년 9월 2…"), the part a historian reads first.
 */

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'))

/**
 * The Date column's forms to keep whole: each month's longest day, and months with any qualifier
 * ("c. Nov 1958?"). A qualified day is the one form left to its tooltip in a narrow window: room
 * for it in English would take the title's room at 1024 px.
 */
export function documentDateSamples(locale: string, t: Translate): string[] {
  const days = MONTHS.map((mm) => `1956-${mm}-28`)
  const months = MONTHS.flatMap((mm) => ['', '?', '~', '%'].map((q) => `1956-${mm}${q}`))
  return [...days, ...months].map((edtf) => formatEdtf(edtf, locale, t, 'short'))
}

/** Every form of the Updated column: a day of each month, short. */
export function updatedSamples(locale: string): string[] {
  return MONTHS.map((mm) => formatDay(`2026-${mm}-28`, locale, 'short'))
}

/** The widest of `texts` in em of `font`, rounded up to a tenth (em follows the grid's type size in a narrow window). */
export function widestEm(texts: readonly string[], font: { family: string; sizePx: number }, measure: (text: string, css: string) => number): number {
  const css = `${font.sizePx}px ${font.family}`
  const widest = Math.max(0, ...texts.map((text) => measure(text, css)))
  return Math.ceil((widest / font.sizePx) * 10) / 10
}

/** Canvas text measurement (the grid's cells are plain text in one font). */
function canvasMeasure(): (text: string, css: string) => number {
  const context = document.createElement('canvas').getContext('2d')
  return (text, css) => {
    if (!context) return 0
    context.font = css
    return context.measureText(text).width
  }
}

/** Sets the grid's date-column widths for `locale` (CSS variables on the grid element, which React leaves alone). */
export function useDateColumns(grid: RefObject<HTMLElement | null>, locale: string, t: Translate): void {
  useLayoutEffect(() => {
    const element = grid.current
    if (!element) return
    const computed = getComputedStyle(element)
    const font = { family: computed.fontFamily, sizePx: parseFloat(computed.fontSize) }
    const measure = canvasMeasure()
    element.style.setProperty('--date-col', `${widestEm(documentDateSamples(locale, t), font, measure)}em`)
    element.style.setProperty('--updated-col', `${widestEm(updatedSamples(locale), font, measure)}em`)
  }, [grid, locale, t])
}
