import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { api } from '../fixtures/hostile/seed'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'
import { REPO_ROOT, type Host } from '../support/host'
import { tabTo } from './editorHelpers'

const SCENARIO = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as unknown[]

async function open(page: Page, host: Host, view: string): Promise<void> {
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view, exact: true }).click()
}

test.describe('no serious or critical axe violations', () => {
  test.beforeEach(async ({ host }) => {
    await api(host, 'findings.createBatch', { findings: SCENARIO })
  })

  test('essay, with a findings popover open', async ({ page, host }) => {
    await page.goto(host.url)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.getByRole('button', { name: /findings? on “.+”, paragraph \d+/ }).first().click()
    expect(await seriousViolations(page)).toEqual([])
  })

  test('timeline, with an event selected', async ({ page, host }) => {
    await open(page, host, 'Timeline')
    await page.getByRole('region', { name: /^Events/ }).getByRole('button').first().click()
    await expect(page.getByRole('article')).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test('people & places, list and entity page', async ({ page, host }) => {
    await open(page, host, 'People & places')
    const kim = page.getByRole('navigation', { name: 'People and places' }).getByRole('button', { name: /^Kim Il Sung / })
    await expect(kim).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await kim.click()
    await expect(page.getByRole('article', { name: 'Kim Il Sung' })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test('findings list with a finding open', async ({ page, host }) => {
    await open(page, host, 'Findings')
    const grid = page.getByRole('grid', { name: 'Findings' })
    await grid.getByRole('row').nth(1).click()
    await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test('finding editor dialog', async ({ page, host }) => {
    await page.goto(host.url)
    await page.getByRole('button', { name: 'New finding' }).click()
    await expect(page.getByRole('dialog', { name: 'New finding' })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test('essay and findings in the dark colour scheme (contrast)', async ({ page, host }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(host.url)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Findings' }).click()
    await page.getByRole('grid', { name: 'Findings' }).getByRole('row').nth(1).click()
    await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test('library', async ({ page, host }) => {
    await open(page, host, 'Library')
    await expect(page.getByText(host.dataDir)).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })
})

test('every view opens from the keyboard alone, and the editor opens and closes', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const shown: Record<string, () => Locator> = {
    Timeline: () => page.getByRole('application', { name: /Time axis/ }),
    Findings: () => page.getByRole('grid', { name: 'Findings' }),
    'People & places': () => page.getByRole('searchbox', { name: 'Find by any name' }),
    Library: () => page.getByRole('heading', { name: 'Library' }),
    Essay: () => page.getByRole('navigation', { name: 'Essay contents' }),
  }
  for (const [view, landmark] of Object.entries(shown)) {
    await tabTo(page, view)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view, exact: true })).toHaveAttribute('aria-current', 'page')
    await expect(landmark()).toBeVisible()
    // Back to the top of the page, so the next Tab walk starts from the shell.
    await page.keyboard.press('Control+Home')
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  }
  await tabTo(page, 'New finding')
  await page.keyboard.press('Enter')
  const editor = page.getByRole('dialog', { name: 'New finding' })
  await expect(editor).toBeVisible()
  await expect(editor.locator(':focus')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
})
