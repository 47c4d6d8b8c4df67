import type { Page, TestInfo } from '@playwright/test'
import { api, expect, test } from '../support/fixtures'

/** Screenshots at the window sizes a historian's laptop has, kept with the test's output. */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const [width, height] of [[1400, 900], [1366, 768], [1024, 768]] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}x${height}.png`) })
  }
}

const NIKH = { name: 'National Institute of Korean History', original_name: '국사편찬위원회', city: 'Gwacheon', country: 'KR' }

test('a new collection is added to an archive in the Library, and a repeated one is refused in words', async ({ page, host }, testInfo) => {
  await api(host, 'repositories.add', NIKH)
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library', exact: true }).click()
  const panel = page.getByRole('region', { name: 'Repositories' })
  await panel.getByRole('button', { name: 'Add a collection to National Institute of Korean History' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a collection to National Institute of Korean History' })
  await dialog.getByLabel(/^Collection/).fill('Captured North Korean documents (RG 242)')
  await dialog.getByRole('button', { name: 'Add collection' }).click()
  await expect(dialog).toBeHidden()
  await expect(panel.getByRole('status')).toHaveText('Added the collection “Captured North Korean documents (RG 242)” to National Institute of Korean History')
  const row = panel.getByRole('row', { name: /National Institute of Korean History/ })
  await expect(row).toContainText('Captured North Korean documents (RG 242)')
  await row.scrollIntoViewIfNeeded()
  await shoot(page, testInfo, 'library-collection-added')

  await panel.getByRole('button', { name: 'Add a collection to National Institute of Korean History' }).click()
  await dialog.getByLabel(/^Collection/).fill('captured north korean documents (rg 242)')
  await dialog.getByRole('button', { name: 'Add collection' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('National Institute of Korean History already has the collection “Captured North Korean documents (RG 242)”.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
})

test('the editor offers the repository’s collections, adds a new one with “Add …”, and writes it into the reference', async ({ page, host }, testInfo) => {
  await api(host, 'repositories.add', { ...NIKH, collection: 'RG 242' })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(host.url)
  await page.getByRole('button', { name: 'New finding' }).click()
  const editor = page.getByRole('dialog', { name: 'New finding' })
  await editor.getByRole('combobox', { name: 'Repository *' }).fill('국사편찬위원회')
  await editor.getByRole('option', { name: /^National Institute of Korean History/ }).click()
  const collection = editor.getByRole('combobox', { name: 'Collection' })
  await collection.fill('RG')
  await editor.getByRole('option', { name: 'RG 242' }).click()
  const reference = editor.getByRole('textbox', { name: /^Reference/ })
  await expect(reference).toHaveValue('RG 242')
  await reference.fill('SA 2009, box 1')

  await collection.fill('Ministry of Foreign Affairs files')
  await collection.press('Enter')
  const add = page.getByRole('dialog', { name: 'Add a collection to National Institute of Korean History' })
  await expect(add.getByLabel(/^Collection/)).toHaveValue('Ministry of Foreign Affairs files')
  await shoot(page, testInfo, 'editor-collection-add')
  await add.getByRole('button', { name: 'Add collection' }).click()
  await expect(add).toBeHidden()
  await expect(editor).toBeVisible()
  await expect(reference).toHaveValue('Ministry of Foreign Affairs files, SA 2009, box 1')
  await collection.fill('Ministry')
  await expect(editor.getByRole('option', { name: 'Ministry of Foreign Affairs files' })).toBeVisible()
})
