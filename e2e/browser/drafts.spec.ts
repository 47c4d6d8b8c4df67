import { startHost } from '../support/host'
import { expect, test } from '../support/fixtures'
import { openEditorWithKeyboard } from './editorHelpers'

test('what was typed survives the host being killed, and comes back as a draft to resume', async ({ page, host }) => {
  await page.goto(host.url)
  const editor = await openEditorWithKeyboard(page)
  await editor.getByLabel('Title or description (English) *').pressSequentially('Cable from Pyongyang, September 1956')
  await editor.getByLabel('Transcription', { exact: true }).pressSequentially('22.IX.56. Беседовал с т. Ким Ир Сеном.')
  // Longer than the autosave's quiet time; nothing is saved by hand.
  await page.waitForTimeout(1_500)
  await host.kill()

  const restarted = await startHost(host.dataDir)
  try {
    await page.goto(restarted.url)
    const reopened = await openEditorWithKeyboard(page)
    await reopened.getByRole('button', { name: 'Resume “Cable from Pyongyang, September 1956”' }).click()
    await expect(reopened.getByLabel('Title or description (English) *')).toHaveValue('Cable from Pyongyang, September 1956')
    await expect(reopened.getByLabel('Transcription', { exact: true })).toHaveValue('22.IX.56. Беседовал с т. Ким Ир Сеном.')
  } finally {
    await restarted.stop()
  }
})

test('Escape keeps the draft; saving the finding discards it', async ({ page, host }) => {
  await page.goto(host.url)
  let editor = await openEditorWithKeyboard(page)
  await page.keyboard.type('prc-fma')
  await page.keyboard.press('Enter')
  await editor.getByLabel('Reference as written *').fill('106-00999-01')
  await editor.getByLabel('Title or description (English) *').fill('Draft kept by Escape')
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()

  editor = await openEditorWithKeyboard(page)
  await editor.getByRole('button', { name: 'Resume “Draft kept by Escape”' }).click()
  await editor.getByLabel('Date as written').fill('1958年2月15日')
  await editor.getByLabel('Document type *').selectOption('cable')
  await editor.getByLabel('Original language *').selectOption('zh-Hans')
  await editor.getByLabel('Summary in your words (English) *').fill('Kept, then saved.')
  await editor.getByLabel('Copy type *').selectOption('published_translation')
  await page.keyboard.press('Control+s')
  await expect(editor).toBeHidden()

  editor = await openEditorWithKeyboard(page)
  await expect(editor.getByRole('region', { name: 'Unsaved drafts' })).toHaveCount(0)
})

test('words typed just before a reload are kept in the draft', async ({ page, host }) => {
  await page.goto(host.url)
  const editor = await openEditorWithKeyboard(page)
  await editor.getByLabel('Title or description (English) *').fill('Typed a moment before the reload')
  // Well inside the autosave's quiet time: only the flush on leaving the page can save this.
  await page.reload()
  const reopened = await openEditorWithKeyboard(page)
  await reopened.getByRole('button', { name: 'Resume “Typed a moment before the reload”' }).click()
  await expect(reopened.getByLabel('Title or description (English) *')).toHaveValue('Typed a moment before the reload')
})
