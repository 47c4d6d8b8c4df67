import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openLibrarySession, type LibrarySession } from '../core/recovery/session'
import { TEST_RESOURCES_DIR, tempDir } from '../core/testing/tempLibrary'
import type { Translate } from '../shared/i18n/messageIds'
import { followInterfaceLanguage } from './shellLanguage'

describe("the desktop shell's words", () => {
  const cleanups: (() => unknown)[] = []
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c()
  })
  function session(): LibrarySession {
    const dataDir = tempDir()
    const s = openLibrarySession({ dataDir, resourcesDir: TEST_RESOURCES_DIR, searchStart: 'onDemand' })
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }), () => s.close())
    return s
  }

  it("speak the system's language until the library chooses one, and follow each change", async () => {
    const s = session()
    const menus: string[] = []
    const words = followInterfaceLanguage(s, ['ko-KR'], (t: Translate) => menus.push(t('menu.file')))
    await words.ready
    expect(menus).toEqual(['파일', '파일'])
    await s.dispatch('settings.set', { language: 'ru' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(menus.at(-1)).toBe('Файл')
    expect(words.current()('folderDialog.backup.button')).toBe('Сохранить копию сюда')
  })
})
