import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { REPO_ROOT, type Host } from '../support/host'

const FIXTURES = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as unknown[]

/** Logs the twelve scenario findings through the host's API, as another window would. */
async function addScenarioFindings(host: Host): Promise<void> {
  const response = await fetch(`${host.origin}/api/findings.createBatch`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ findings: FIXTURES }),
  })
  const result = (await response.json()) as { ok: boolean }
  expect(result.ok).toBe(true)
}

async function openFindings(page: Page, host: Host) {
  await addScenarioFindings(host)
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Findings' }).click()
  const grid = page.getByRole('grid', { name: 'Findings' })
  await expect(grid).toHaveAttribute('aria-rowcount', '13')
  return { grid, filters: page.getByRole('form', { name: 'Findings filters' }), count: page.locator('.findings-count') }
}

test('filter the findings by stance, and the filter survives a reload', async ({ page, host }) => {
  const { grid, filters, count } = await openFindings(page, host)
  await filters.getByLabel('Stance').selectOption({ label: 'Qualifies' })
  await expect(count).toHaveText('1 finding')
  await expect(grid.getByRole('row', { name: /Shen and Xia/ })).toBeVisible()
  await filters.getByLabel('Stance').selectOption({ label: 'Supports' })
  await expect(count).toHaveText('5 findings')
  await expect(grid.getByRole('row', { name: /Shen and Xia/ })).toHaveCount(0)

  await page.reload()
  await expect(filters.getByLabel('Stance')).toHaveValue('supports')
  await expect(count).toHaveText('5 findings')
  await filters.getByRole('button', { name: 'Clear filters' }).click()
  await expect(count).toHaveText('12 findings')
})

test('select two findings with the keyboard and tag them together', async ({ page, host }) => {
  const { grid, filters, count } = await openFindings(page, host)
  await grid.getByRole('button', { name: 'Title' }).click()
  const rows = grid.getByRole('row')
  await rows.nth(1).focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Space')
  await expect(count).toContainText('2 selected')
  await expect(grid.locator('[aria-selected="true"]')).toHaveCount(2)
  await expect(rows.nth(2)).toBeFocused()

  const bulk = page.getByRole('form', { name: 'Selected findings' })
  await bulk.getByLabel('Tag').fill('reread')
  await bulk.getByRole('button', { name: 'Add tag' }).click()
  await expect(bulk.getByRole('status')).toHaveText(/Tagged 2 findings/)

  await filters.getByLabel('Tag').fill('reread')
  await expect(count).toHaveText(/^2 findings/)

  await rows.nth(1).focus()
  await page.keyboard.press('Control+a')
  await expect(count).toHaveText('2 findings · 2 selected')
  await page.keyboard.press('Escape')
  await expect(count).toHaveText('2 findings')
  await page.keyboard.press('Shift+ArrowDown')
  await expect(count).toHaveText('2 findings · 2 selected')
})

test('move a finding to the Trash and restore it from the Trash filter', async ({ page, host }) => {
  const { grid, filters, count } = await openFindings(page, host)
  await grid.getByRole('row', { name: /Kŭlloja article/ }).click()
  await page.getByRole('button', { name: 'Move to Trash' }).click()
  await expect(count).toHaveText('11 findings')
  await expect(grid.getByRole('row', { name: /Kŭlloja article/ })).toHaveCount(0)

  await filters.getByLabel('Trash').check()
  await expect(count).toHaveText('1 in the Trash')
  const trash = page.getByRole('grid', { name: 'Findings in the Trash' })
  await trash.getByRole('row', { name: /Kŭlloja article/ }).click()
  const detail = page.getByRole('complementary', { name: 'Finding details' })
  await expect(detail.getByRole('note', { name: 'In the Trash' })).toBeVisible()
  await detail.getByRole('button', { name: 'Restore' }).click()
  await expect(count).toHaveText('0 in the Trash')

  await filters.getByLabel('Trash').uncheck()
  await expect(count).toHaveText('12 findings')
  await expect(grid.getByRole('row', { name: /Kŭlloja article/ })).toBeVisible()
})

test('the detail of an S2 finding names the other finding on the same document', async ({ page, host }) => {
  const { grid, filters } = await openFindings(page, host)
  await filters.getByLabel('Words').fill('Journal of the Soviet ambassador')
  // Wait for the filtered list (both S2 readings) so the click is not undone by its refresh.
  await expect(grid).toHaveAttribute('aria-rowcount', '3')
  await grid.getByRole('row', { name: /Journal of the Soviet ambassador/ }).click()
  const detail = page.getByRole('article', { name: /Journal of the Soviet ambassador/ })
  const notice = detail.getByRole('note', { name: 'Same document' })
  await expect(notice).toContainText('Same document as another finding')
  await expect(notice).toContainText('From the journal of the Soviet ambassador')
  await expect(detail.locator('dd[lang="ru"]', { hasText: 'Беседовал с т. Ким Ир Сеном' })).toBeVisible()
  await expect(detail.getByRole('button', { name: 'Edit' })).toBeEnabled()

  await notice.getByRole('button', { name: /From the journal of the Soviet ambassador/ }).click()
  await expect(page.getByRole('article', { name: /From the journal of the Soviet ambassador/ })).toBeVisible()
})

test('findings appear on the timeline and open in the findings view', async ({ page, host }) => {
  await addScenarioFindings(host)
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Timeline' }).click()
  await expect(page.locator('.timeline-status')).toHaveText(/of 131 in view/)
  await expect(page.getByRole('region', { name: 'Findings on the timeline (12)' })).toBeVisible()
  const timelineFilters = page.getByRole('form', { name: 'Timeline filters' })
  await timelineFilters.getByLabel('Repository').selectOption({ label: 'CIA Records Search Tool (CREST)' })
  const cia = page.getByRole('region', { name: 'Findings on the timeline (1)' })
  await expect(cia.getByRole('button', { name: /November 1958 \(approximate\) Intelligence report/ })).toBeVisible()
  await timelineFilters.getByLabel('Repository').selectOption({ label: 'Any repository' })
  await timelineFilters.getByLabel('Stance').selectOption({ label: 'Qualifies' })
  await expect(page.getByRole('region', { name: 'Findings on the timeline (1)' })).toBeVisible()
  await page.getByRole('region', { name: /Findings on the timeline/ }).getByRole('button', { name: /Shen and Xia/ }).click()
  const card = page.getByRole('article', { name: /Shen and Xia/ })
  await expect(card).toContainText('Qualifies')
  await card.getByRole('link', { name: 'Open in Findings' }).click()
  await expect(page.getByRole('complementary', { name: 'Finding details' }).getByRole('heading', { name: /Shen and Xia/ })).toBeVisible()
})
