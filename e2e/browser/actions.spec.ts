import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { REPO_ROOT, type Host } from '../support/host'

const FIXTURES = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]

async function api<T>(host: Host, method: string, data: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(data),
  })
  const result = (await response.json()) as { ok: boolean; value: T }
  expect(result.ok).toBe(true)
  return result.value
}

/** Screenshots at both window sizes a historian's laptop has, kept with the test's output. */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const [width, height] of [
    [1400, 900],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}x${height}.png`) })
  }
}

async function view(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click()
}

test('moving to the Trash is undone from the toast, and again with Ctrl+Z', async ({ page, host }, testInfo) => {
  await api(host, 'findings.createBatch', { findings: FIXTURES })
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(host.url)
  await view(page, 'Findings')
  const count = page.locator('.findings-count')
  await expect(count).toHaveText('12 findings')
  const grid = page.getByRole('grid', { name: 'Findings' })
  const bulk = page.getByRole('form', { name: 'Selected findings' })

  await grid.getByRole('row').nth(1).click()
  await bulk.getByRole('button', { name: 'Move to Trash' }).click()
  await expect(count).toHaveText('11 findings')
  const toast = page.locator('.undo-toast')
  await expect(toast).toContainText('Moved 1 finding to the Trash')
  await shoot(page, testInfo, 'undo-toast')
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(count).toHaveText('12 findings')
  await expect(page.locator('.undo-toast')).toContainText('Undone: Moved 1 finding to the Trash')

  await grid.getByRole('row').nth(1).click()
  await bulk.getByRole('button', { name: 'Move to Trash' }).click()
  await expect(count).toHaveText('11 findings')
  await grid.getByRole('row').nth(1).focus()
  await page.keyboard.press('Control+z')
  await expect(count).toHaveText('12 findings')
})

test('"?" lists the keyboard shortcuts, Esc closes the list, Alt+N opens a new finding', async ({ page, host }, testInfo) => {
  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('row', { name: /New finding/ }).first()).toContainText('Alt+N')
  await expect(dialog).not.toContainText('Ctrl+N')
  await shoot(page, testInfo, 'shortcuts')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.keyboard.press('Alt+n')
  await expect(page.getByRole('dialog', { name: 'New finding' })).toBeVisible()
})

test('an archive not in the list is added from the editor, and listed in the Library', async ({ page, host }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(host.url)
  await page.getByRole('button', { name: 'New finding' }).click()
  const editor = page.getByRole('dialog', { name: 'New finding' })
  const box = editor.getByRole('combobox', { name: 'Repository *' })
  await box.fill('국사편찬위원회')
  await editor.getByRole('option', { name: /Add “국사편찬위원회”/ }).click()
  const add = page.getByRole('dialog', { name: 'Add a repository' })
  await expect(add.getByLabel('Name in its own script')).toHaveValue('국사편찬위원회')
  await add.getByLabel('Name in English').fill('National Institute of Korean History')
  await add.getByLabel('City').fill('Gwacheon')
  await add.getByLabel('Country').selectOption({ label: 'South Korea' })
  await add.getByLabel('Collection (optional)').fill('Captured North Korean documents')
  await shoot(page, testInfo, 'repository-dialog')
  await add.getByRole('button', { name: 'Add repository' }).click()
  await expect(add).toBeHidden()
  await expect(editor).toBeVisible()
  await expect(editor.locator('#fe-repository-chosen')).toContainText('National Institute of Korean History')
  await page.keyboard.press('Escape')

  await view(page, 'Library')
  const panel = page.getByRole('region', { name: 'Repositories' })
  const row = panel.getByRole('row', { name: /National Institute of Korean History/ })
  await expect(row).toContainText('국사편찬위원회')
  await expect(row).toContainText('Gwacheon, South Korea')
  await expect(row).toContainText('You or a colleague')
  await panel.getByRole('heading', { name: 'Repositories' }).scrollIntoViewIfNeeded()
  await shoot(page, testInfo, 'library-repositories')
})

test('an entity page and an event list the findings linked to them', async ({ page, host }, testInfo) => {
  const [first] = FIXTURES
  await api(host, 'findings.create', { ...first, title_or_description: 'Kim at the August plenum', entities: ['kim-il-sung'], events: ['august-plenum-1956'] })
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(host.url)
  await view(page, 'People & places')
  await page.getByRole('navigation', { name: 'People and places' }).getByRole('button', { name: /^Kim Il Sung / }).click()
  const entity = page.getByRole('article', { name: 'Kim Il Sung' })
  const linked = entity.getByRole('region', { name: 'Your findings (1)' })
  await linked.scrollIntoViewIfNeeded()
  await shoot(page, testInfo, 'entity-findings')
  await linked.getByRole('link', { name: 'Kim at the August plenum' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Kim at the August plenum' })).toBeVisible()
})

test('search filters are pickers in words, and a tag not in the library is named', async ({ page, host }, testInfo) => {
  await api(host, 'findings.createBatch', { findings: FIXTURES })
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(host.url)
  await view(page, 'Search')
  const form = page.getByRole('main')
  await form.getByLabel('Words or names, in any script', { exact: true }).fill('the')
  await form.getByRole('combobox', { name: 'Type', exact: true }).selectOption('finding')
  await form.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Korean (all)' })
  const status = page.locator('.search-view p[aria-live="polite"]')
  await expect(status).toHaveText(/^[1-9]\d* found/)
  await form.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Any language' })
  await form.getByRole('combobox', { name: 'Essay section', exact: true }).selectOption({ label: 'How did the China-North Korea relationship change over time?' })
  await expect(status).toHaveText(/^[1-9]\d* found/)
  await form.getByLabel('Tag', { exact: true }).fill('plenumm')
  await expect(page.getByRole('alert')).toContainText('“plenumm” is not a tag this library knows')
  await shoot(page, testInfo, 'search-filters')
})

test('an event lists the findings linked to it', async ({ page, host }) => {
  const [first] = FIXTURES
  await api(host, 'findings.create', { ...first, title_or_description: 'Kim at the August plenum', events: ['august-plenum-1956'] })
  await page.goto(host.url)
  await view(page, 'Timeline')
  const filters = page.getByRole('form', { name: 'Timeline filters' })
  await filters.getByLabel('From date').fill('1956')
  await filters.getByLabel('To date').fill('1956')
  await page.getByRole('region', { name: /^Events/ }).getByRole('button', { name: /August plenum/ }).click()
  const event = page.getByRole('article', { name: /August plenum/ })
  await expect(event.getByRole('region', { name: 'Your findings (1)' }).getByRole('link', { name: 'Kim at the August plenum' })).toBeVisible()
})

test('a reference file from an archive not in the list offers to add it, then imports its records', async ({ page, host }, testInfo) => {
  const zotero = [
    { id: 'z1', type: 'manuscript', title: 'Letter of Pak Hon-yong', archive: '국사편찬위원회', archive_location: 'RG 242, SA 2005, box 3', issued: { 'date-parts': [[1950, 7, 2]] } },
    { id: 'z2', type: 'manuscript', title: 'Order of the day', archive: '국사편찬위원회', archive_location: 'RG 242, SA 2009, box 1', issued: { 'date-parts': [[1950, 8]] } },
  ]
  await page.goto(host.url)
  await view(page, 'Sync & export')
  const panel = page.getByRole('region', { name: 'Import references' })
  await panel.getByLabel('Reference file').setInputFiles({ name: 'nikh.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(zotero)) })
  await panel.getByRole('button', { name: 'Preview the import' }).click()
  await expect(panel.getByText('This archive is not in your list of repositories:')).toBeVisible()
  await expect(panel.getByRole('listitem').filter({ hasText: '국사편찬위원회' })).toContainText('(2 records)')
  await expect(panel.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()

  await panel.getByLabel('Add it as a new repository and import its records, instead of skipping them').check()
  await expect(panel.getByRole('status')).toContainText('Would create 2 findings')
  await expect(panel.getByRole('status')).toContainText('Would add to your repositories: 국사편찬위원회.')
  // What the records lacked, in words: no CSL variable names, language tags or "und".
  await expect(panel.getByRole('status')).toContainText('Warning: record 1: no language given; recorded as undetermined')
  await expect(panel.getByRole('status')).toContainText('Warning: record 2: no abstract; the title stands in as the summary')
  await expect(panel.getByRole('status')).not.toContainText(/A field|BCP 47|\bund\b/)
  await panel.scrollIntoViewIfNeeded()
  await shoot(page, testInfo, 'import-refs-unknown-archive')
  await panel.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(panel.getByRole('status')).toContainText('Created 2 findings')
  await expect(panel.getByRole('status')).toContainText('Added to your repositories: 국사편찬위원회.')

  await view(page, 'Library')
  await expect(page.getByRole('region', { name: 'Repositories' }).getByRole('row', { name: /국사편찬위원회/ })).toContainText('You or a colleague')
})
