import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { REPO_ROOT, type Host } from '../support/host'

/** Issue 14: the timeline, essay and findings views fit the window and never hide what they show. */

const FIXTURES = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as unknown[]
const SIZES = [
  { width: 1400, height: 900 },
  { width: 1366, height: 768 },
]
const SHOTS = join(REPO_ROOT, 'reports', 'screenshots', 'issue14-views')

async function addScenarioFindings(host: Host): Promise<void> {
  const response = await fetch(`${host.origin}/api/findings.createBatch`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ findings: FIXTURES }),
  })
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true)
}

async function openView(page: Page, host: Host, name: string): Promise<void> {
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click()
}

for (const size of SIZES) {
  test(`the timeline fills the window at ${size.width}x${size.height}, findings lane in view`, async ({ page, host }) => {
    await page.setViewportSize(size)
    await addScenarioFindings(host)
    await openView(page, host, 'Timeline')
    const axis = page.getByRole('application', { name: /Time axis/ })
    await expect(page.locator('.timeline-status')).toHaveText(/of 1\d\d in view/)
    await page.screenshot({ path: join(SHOTS, `timeline-${size.width}x${size.height}.png`) })
    const canvas = await axis.boundingBox()
    const box = await page.locator('.timeline-canvas-box').boundingBox()
    expect(canvas && box).toBeTruthy()
    // The chart is as tall as its box (nothing cut off), and takes a good part of the window.
    expect(Math.abs(canvas!.height - box!.height)).toBeLessThan(2)
    expect(canvas!.height).toBeGreaterThan(size.height * 0.33)
    expect(canvas!.x + canvas!.width).toBeLessThanOrEqual(size.width)
  })
}

test('a crowded label counts its neighbours; the count opens them and Escape closes the list', async ({ page, host }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openView(page, host, 'Timeline')
  const counts = page.getByRole('button', { name: /marks close together/ })
  await expect(counts.first()).toBeAttached()
  const name = (await counts.first().getAttribute('aria-label')) ?? ''
  const total = Number(/^(\d+) marks/.exec(name)?.[1])
  await counts.first().click()
  const list = page.getByRole('dialog', { name: /marks close together/ })
  await expect(list.getByRole('heading')).toHaveText(`${total} marks close together`)
  await expect(list.getByRole('listitem')).toHaveCount(total)
  await page.screenshot({ path: join(SHOTS, 'timeline-group-1366x768.png') })
  await page.keyboard.press('Escape')
  await expect(list).toHaveCount(0)
  await counts.first().click()
  await list.getByRole('listitem').first().getByRole('button').click()
  await expect(page.locator('.event-panel article, .event-panel .finding-card').first()).toBeVisible()
})
