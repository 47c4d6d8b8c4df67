import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { REPO_ROOT, type Host } from '../support/host'

/** Shift-click and Shift+arrow ranges while the list loads or re-sorts select the rows the user meant. */

const FIXTURES = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as { title_or_description: string }[]

async function addFindings(host: Host, findings: unknown[]): Promise<void> {
  const response = await fetch(`${host.origin}/api/findings.createBatch`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ findings }),
  })
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true)
}

async function openFindings(page: Page, host: Host): Promise<Locator> {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Findings', exact: true }).click()
  return page.getByRole('grid', { name: 'Findings' })
}

const rowAt = (grid: Locator, index: number) => grid.locator(`.grid-body [role="row"][data-index="${index}"]`)
const titleAt = async (grid: Locator, index: number) => (await rowAt(grid, index).locator('.cell-title').getAttribute('title')) ?? ''

test('after a re-sort, Shift+click extends from the finding first clicked, not from its old place', async ({ page, host }) => {
  await addFindings(host, FIXTURES)
  const grid = await openFindings(page, host)
  await expect(grid).toHaveAttribute('aria-rowcount', '13')
  await rowAt(grid, 0).click()
  const anchor = await titleAt(grid, 0)
  await grid.getByRole('button', { name: 'Title' }).click()
  await expect(grid.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending')
  const titles: string[] = []
  for (let i = 0; i < 12; i++) titles.push(await titleAt(grid, i))
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)))
  const from = titles.indexOf(anchor)
  const to = from >= 6 ? 1 : 10
  await rowAt(grid, to).click({ modifiers: ['Shift'] })
  const [first, last] = from < to ? [from, to] : [to, from]
  await expect(page.locator('.findings-count')).toHaveText(`12 findings · ${last - first + 1} selected`)
  for (let i = 0; i < 12; i++) await expect(rowAt(grid, i)).toHaveAttribute('aria-selected', String(i >= first && i <= last))
})

test('a range still loading never overrides the range chosen after it', async ({ page, host }) => {
  const many = Array.from({ length: 25 }, (_, k) => FIXTURES.map((f) => ({ ...f, title_or_description: `${f.title_or_description} (${k})` }))).flat()
  await addFindings(host, many)
  // The first range's ids arrive late, as on a slow disk or a busy library.
  let delayed = false
  await page.route('**/api/findings.ids', async (route) => {
    if (!delayed) {
      delayed = true
      await new Promise((resolve) => setTimeout(resolve, 1_500))
    }
    await route.continue()
  })
  const grid = await openFindings(page, host)
  await expect(grid).toHaveAttribute('aria-rowcount', '301')
  await rowAt(grid, 0).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Shift+Home')
  await page.keyboard.press('Shift+End')
  await expect(page.locator('.findings-count')).toHaveText('300 findings · 1 selected')
  await page.waitForTimeout(2_000)
  expect(delayed).toBe(true)
  await expect(page.locator('.findings-count')).toHaveText('300 findings · 1 selected')
  await expect(rowAt(grid, 299)).toHaveAttribute('aria-selected', 'true')
})
