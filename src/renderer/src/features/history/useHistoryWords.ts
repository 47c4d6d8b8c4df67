import { useMemo } from 'react'
import { currentLocale, useLabels, useT } from '../../i18n'
import type { Words } from './historyWords'

/** The history's words in the current interface language. */
export function useHistoryWords(): Words {
  const t = useT()
  const labels = useLabels()
  const locale = currentLocale()
  return useMemo(() => ({ t, labels, locale }), [t, labels, locale])
}
