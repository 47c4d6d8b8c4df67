import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../support/fixtures'
import { REPO_ROOT } from '../support/host'

const FIXTURES = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as {
  title_or_description: string
  original_language: string
}[]
/** S1: transcribed in Chinese; its original title names Kim Il Sung as 金日成. */
const CHINESE = FIXTURES[0]!

test('Ctrl+K, 김일성, Enter opens a finding transcribed in Chinese that names 金日成', async ({ page, host }) => {
  const added = await page.request.post(`${host.origin}/api/findings.createBatch`, {
    headers: { Authorization: `Bearer ${host.token}`, Origin: host.origin },
    data: { findings: FIXTURES },
  })
  expect(added.ok()).toBe(true)
  expect(CHINESE.original_language).toBe('zh-Hans')

  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Control+k')
  const box = page.getByRole('combobox', { name: 'Search everything' })
  await expect(box).toBeFocused()
  await box.fill('김일성')
  const findings = page.getByRole('group', { name: 'Findings' })
  const option = findings.getByRole('option').filter({ hasText: CHINESE.title_or_description })
  await expect(option).toBeVisible()
  await expect(option).toContainText('matched as')
  // Highlights are <mark> elements, never markup from the record.
  await expect(page.getByRole('listbox', { name: 'Search results' }).locator('mark').first()).toBeVisible()

  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
  const index = (await options.allTextContents()).findIndex((t) => t.includes(CHINESE.title_or_description))
  for (let i = 0; i < index; i++) await box.press('ArrowDown')
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await box.press('Enter')

  await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name: CHINESE.title_or_description })).toBeVisible()
})

test('the search view filters by type and opens an essay paragraph at its anchor', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await page.getByLabel('Words or names, in any script').fill('Third Front')
  await page.getByLabel('Type').selectOption('essay')
  const first = page.getByRole('list').locator('.search-hit').first()
  await expect(first).toContainText('Essay')
  await first.getByRole('link').click()
  await expect(page).toHaveURL(/#security-effects-p\d+$/)
})

test('from Ctrl+K, the last option opens the same query in the search view', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Control+k')
  const box = page.getByRole('combobox', { name: 'Search everything' })
  await box.fill('Third Front')
  const seeAll = page.getByRole('option', { name: /^See all \d+ results/ })
  await expect(seeAll).toBeVisible()
  const count = await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').count()
  for (let i = 1; i < count; i++) await box.press('ArrowDown')
  await expect(seeAll).toHaveAttribute('aria-selected', 'true')
  await box.press('Enter')

  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
  await expect(page.getByLabel('Words or names, in any script')).toHaveValue('Third Front')
  await expect(page.getByRole('list').locator('.search-hit').first()).toBeVisible()
})
