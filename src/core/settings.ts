import { DEFAULT_UI_SETTINGS, UiSettings } from '../shared/model/app'
import type { Clock } from './clock'
import type { Db } from './db/types'

/** Interface preferences as key -> JSON rows, so one unreadable key never loses the others. */
export function createSettings(db: Db, clock: Clock) {
  const readAll = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings')
  const write = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  )

  function get(): UiSettings {
    const stored: Record<string, unknown> = {}
    for (const row of readAll.all()) stored[row.key] = JSON.parse(row.value)
    const merged = { ...DEFAULT_UI_SETTINGS, ...stored }
    const parsed = UiSettings.safeParse(merged)
    return parsed.success ? parsed.data : DEFAULT_UI_SETTINGS
  }

  function set(changes: Partial<UiSettings>): UiSettings {
    const now = clock.now().toISOString()
    db.transaction(() => {
      for (const [key, value] of Object.entries(changes)) write.run(key, JSON.stringify(value), now)
    })()
    return get()
  }

  return { get, set }
}
