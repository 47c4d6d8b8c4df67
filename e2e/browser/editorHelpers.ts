/// <reference lib="dom" />
import { expect, type Page } from '@playwright/test'

/**
 * Presses Tab (or Shift+Tab) until the control with this accessible name has the focus, as a
 * keyboard user would; fails if it is not reached within `limit` presses.
 */
export async function tabTo(page: Page, name: string | RegExp, { back = false, limit = 60 } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el) return ''
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined
      return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim()
    })
    if (typeof name === 'string' ? focused === name : name.test(focused)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Tab never reached "${String(name)}"`)
}

/** The editor dialog, once open. */
export async function openEditorWithKeyboard(page: Page) {
  await expect(page.getByRole('button', { name: 'New finding' })).toBeVisible()
  await page.keyboard.press('Alt+n')
  const editor = page.getByRole('dialog', { name: 'New finding' })
  await expect(editor).toBeVisible()
  // Typing starts where a keyboard user would: once the form is ready and the repository box has the focus.
  await expect(editor.getByRole('combobox', { name: 'Repository *' })).toBeFocused()
  return editor
}
