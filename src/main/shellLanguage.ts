import type { LibrarySession } from '../core/recovery/session'
import { matchLocale } from '../shared/i18n/locales'
import type { Translate } from '../shared/i18n/messageIds'
import { translatorFor } from '../shared/i18n/translator'
import type { UiSettings } from '../shared/model/app'

/** Calls after which the library's interface language may differ: a choice, or a restored library. */
const LANGUAGE_CHANGERS = ['settings.set', 'backup.restore', 'backup.restoreFolder', 'recovery.restoreLatest']

/**
 * Keeps the desktop shell's words (menus, native dialogs) in the interface language: the one the
 * library has chosen, else the system's. `apply` runs at once, and again whenever the language
 * is changed (in a window, from the command line, by a restore).
 */
export function followInterfaceLanguage(
  session: Pick<LibrarySession, 'dispatch' | 'events'>,
  systemLocales: readonly string[],
  apply: (t: Translate) => void,
): { current(): Translate; ready: Promise<void> } {
  let t = translatorFor(matchLocale(systemLocales))
  const refresh = async (): Promise<void> => {
    const result = await session.dispatch('settings.get', {})
    const chosen = result.ok ? (result.value as UiSettings).language : undefined
    t = translatorFor(chosen ?? matchLocale(systemLocales))
    apply(t)
  }
  apply(t)
  session.events.subscribe((name, payload) => {
    if (name === 'library.changed' && LANGUAGE_CHANGERS.includes((payload as { method: string }).method)) void refresh()
  })
  return { current: () => t, ready: refresh() }
}
