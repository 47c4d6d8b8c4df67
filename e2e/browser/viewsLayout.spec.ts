import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { REPO_ROOT, type Host } from '../support/host'
import { api } from './syncHelpers'

/** Issue 14: the timeline, essay and findings views fit the window and never hide what they show. */

const FIXTURES = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as unknown[]
const SIZES = [
  { width: 1400, height: 900 },
  { width: 1366, height: 768 },
]
const SHOTS = join(REPO_ROOT, 'reports', 'screenshots', 'issue14-views')

async function addScenarioFindings(host: Host, findings: unknown[] = FIXTURES): Promise<void> {
  const response = await fetch(`${host.origin}/api/findings.createBatch`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ findings }),
  })
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true)
}

type Box = { x: number; y: number; width: number; height: number }
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

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

for (const size of SIZES) {
  test(`essay badges at ${size.width}x${size.height}: a legend, tooltips, none overlapping`, async ({ page, host }) => {
    await page.setViewportSize(size)
    await addScenarioFindings(host)
    await openView(page, host, 'Essay')
    await expect(page.getByRole('complementary', { name: 'What the margin badges mean' })).toBeVisible()
    const badges = page.locator('.finding-badge, .event-badge')
    await expect(page.locator('.finding-badge').first()).toBeVisible()
    const boxes: Box[] = []
    for (const badge of await badges.all()) {
      expect(await badge.getAttribute('title')).toBeTruthy()
      const box = await badge.boundingBox()
      if (box) boxes.push(box)
    }
    expect(boxes.length).toBeGreaterThan(20)
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i]!, boxes[j]!), `badges ${i} and ${j}`).toBe(false)
    }
    await page.screenshot({ path: join(SHOTS, `essay-${size.width}x${size.height}.png`) })
  })
}

test('an essay badge opens a headed list from the keyboard; Escape closes it and returns to the badge', async ({ page, host }) => {
  await addScenarioFindings(host)
  await openView(page, host, 'Essay')
  const badge = page.locator('.finding-badge').first()
  await badge.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: /^Findings on / })
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(/^Findings on /)
  await expect(dialog).toBeFocused()
  await page.screenshot({ path: join(SHOTS, 'essay-popover-1280x720.png') })
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(badge).toBeFocused()
})

/**
 * A single day, month or year fits whole in the date columns, with room to spare (glyphs render a
 * pixel wider or narrower from one paint to the next); only a range may be cut (its tooltip has it all).
 */
async function expectWholeDates(grid: Locator): Promise<void> {
  const roomy = (element: Element) => {
    const range = document.createRange()
    range.selectNodeContents(element)
    const padding = parseFloat(getComputedStyle(element).paddingLeft) + parseFloat(getComputedStyle(element).paddingRight)
    return range.getBoundingClientRect().width + padding + 4 <= element.clientWidth
  }
  for (const cell of await grid.locator('.grid-body .cell-date, .grid-body .cell-updated').all()) {
    const text = (await cell.textContent()) ?? ''
    if (!/[–—]/.test(text)) expect(await cell.evaluate(roomy), text).toBe(true)
  }
}

// Russian and Korean write longer short dates than English: the year and the day must stay in view.
for (const language of ['ru', 'ko', 'zh-Hans']) {
  for (const size of [{ width: 1366, height: 768 }, { width: 1024, height: 768 }]) {
    test(`in ${language} at ${size.width}x${size.height} no date in the findings grid loses its year or day`, async ({ page, host }) => {
      await page.setViewportSize(size)
      await addScenarioFindings(host)
      await api(host, 'settings.set', { language })
      await page.goto(host.url)
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await page.locator('.topbar nav .view-tab').nth(2).click()
      const grid = page.locator('.finding-grid')
      await expect(grid).toHaveAttribute('aria-rowcount', '13')
      await expectWholeDates(grid)
      await page.screenshot({ path: join(SHOTS, `findings-${language}-${size.width}x${size.height}.png`) })
    })
  }
}

for (const size of [...SIZES, { width: 1024, height: 768 }]) {
  test(`the findings grid shows every column at ${size.width}x${size.height}`, async ({ page, host }) => {
    await page.setViewportSize(size)
    await addScenarioFindings(host)
    await openView(page, host, 'Findings')
    const grid = page.getByRole('grid', { name: 'Findings' })
    await expect(grid).toHaveAttribute('aria-rowcount', '13')
    const gridBox = (await grid.boundingBox())!
    for (const header of await grid.getByRole('columnheader').all()) {
      const box = (await header.boundingBox())!
      expect(box.x + box.width, (await header.textContent()) ?? "").toBeLessThanOrEqual(gridBox.x + gridBox.width + 1)
    }
    await page.screenshot({ path: join(SHOTS, `findings-${size.width}x${size.height}.png`) })
  })
}

test('at 1024 px the findings grid is readable: short-month dates, whole headers, a tooltip on every cut cell, filters in the window', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  await addScenarioFindings(host)
  await openView(page, host, 'Findings')
  const grid = page.getByRole('grid', { name: 'Findings' })
  await expect(grid).toHaveAttribute('aria-rowcount', '13')
  const cut = (element: Element) => element.scrollWidth > element.clientWidth + 1
  const wholeHeader = (element: Element) => [element, ...Array.from(element.querySelectorAll('*'))].every((e) => e.scrollWidth <= e.clientWidth + 1)
  for (const header of await grid.getByRole('columnheader').all()) {
    expect(await header.evaluate(wholeHeader), (await header.textContent()) ?? '').toBe(true)
  }
  const dates = await grid.locator('.grid-body .cell-date').allTextContents()
  expect(dates).toContain('Sep 21, 1956')
  expect(dates).toContain('c. Nov 1958')
  await expectWholeDates(grid)
  await expect(grid.locator('.grid-body .cell-date').first()).toHaveAttribute('title', /^September 21, 1956$/)
  for (const cell of await grid.locator('.grid-body [role="gridcell"]').all()) {
    if (!(await cell.evaluate(cut))) continue
    const title = await cell.getAttribute('title')
    expect(title, `cut cell "${await cell.textContent()}" has its whole text as a tooltip`).toBeTruthy()
    expect(await cell.textContent()).toContain(title)
  }
  const filters = page.getByRole('form', { name: 'Findings filters' })
  const box = (await filters.boundingBox())!
  expect(box.x + box.width).toBeLessThanOrEqual(1024)
  expect(box.height).toBeLessThan(120)
  expect(await filters.evaluate(cut)).toBe(false)
  await page.screenshot({ path: join(SHOTS, 'findings-1024x768-readable.png') })
})

test('after Move to Trash, far down a long list, the list keeps its height and its rows', async ({ page, host }) => {
  const many = Array.from({ length: 25 }, (_, k) =>
    FIXTURES.map((f) => ({ ...(f as object), title_or_description: `${(f as { title_or_description: string }).title_or_description} (${k})` })),
  ).flat()
  await addScenarioFindings(host, many)
  await openView(page, host, 'Findings')
  const grid = page.getByRole('grid', { name: 'Findings' })
  await expect(grid).toHaveAttribute('aria-rowcount', '301')
  await grid.getByRole('row').nth(1).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Shift+PageUp')
  // The range arrives a moment after the first row's own selection: wait for the whole page of rows.
  await expect(page.locator('.findings-count')).toHaveText(/· 1\d selected$/)
  await page.getByRole('button', { name: 'Move to Trash' }).click()
  await expect(page.locator('.findings-count')).toHaveText(/^28\d findings$/)
  await page.waitForTimeout(500)
  expect((await grid.boundingBox())!.height).toBeGreaterThan(300)
  await expect(grid.locator('.grid-body [role="row"]:not([aria-busy])').first()).toBeVisible()
  expect(await grid.locator('.grid-body [role="row"]').count()).toBeGreaterThan(10)
})

test('a 990,000-character transcription shows collapsed, Show all keeps it in a box; the editor counts near the limit', async ({ page, host }) => {
  test.setTimeout(150_000)
  const [first] = FIXTURES as Record<string, unknown>[]
  const huge = 'Беседа. '.repeat(123_750)
  await addScenarioFindings(host, [{ ...first, title_or_description: 'The huge transcription', transcription: huge }])
  await openView(page, host, 'Findings')
  await page.getByRole('grid', { name: 'Findings' }).getByRole('row', { name: /The huge transcription/ }).click()
  const detail = page.getByRole('complementary', { name: 'Finding details' })
  const showAll = detail.getByRole('button', { name: 'Show all (990,000 characters)' })
  await expect(showAll).toBeVisible()
  const field = detail.locator('dd.long-text').filter({ has: page.getByRole('button', { name: /^Show all/ }) })
  expect((await field.boundingBox())!.height).toBeLessThan(1000)
  await showAll.click()
  const box = detail.getByRole('region', { name: 'Full text, 990,000 characters' })
  await expect(box).toBeVisible()
  expect((await box.boundingBox())!.height).toBeLessThanOrEqual(900 * 0.6 + 20)
  await detail.getByRole('button', { name: 'Edit' }).click()
  const editor = page.getByRole('dialog', { name: /Edit|The huge transcription/ })
  await expect(editor.locator('.length-counter').first()).toHaveText('990,000 of 1,000,000 characters (10,000 left)', { timeout: 20_000 })
})

test('Enter in the entities box never submits the editor; 김일성 lists Kim Il Sung first', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'New finding' }).click()
  const editor = page.getByRole('dialog', { name: 'New finding' })
  const entities = editor.getByRole('combobox', { name: 'People, places and institutions' })
  await entities.fill('qqqq no such name')
  await entities.press('Enter')
  await expect(editor).toBeVisible()
  await expect(editor.locator('.field-error:not(:empty)')).toHaveCount(0)
  await expect(editor.getByRole('alert')).toHaveCount(0)
  await entities.fill('김일성')
  await expect(editor.getByRole('listbox', { name: 'People, places and institutions' }).getByRole('option').first()).toHaveText(/^Kim Il Sung/)
})

test('at 1366x768 the top bar keeps the app’s name and “New finding” on one line each, and English on one row', async ({ page, host }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const oneLine = (element: Element) => element.getBoundingClientRect().height < 1.6 * parseFloat(getComputedStyle(element).lineHeight)
  await page.goto(host.url)
  for (const language of ['en', 'zh-Hans', 'ko', 'ru']) {
    await page.locator('.topbar .language-picker select').selectOption(language)
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    expect(await page.locator('.topbar .app-name').evaluate(oneLine), language).toBe(true)
    expect(await page.locator('.topbar .new-finding').evaluate(oneLine), language).toBe(true)
    // Every row the bar takes is a row less for the timeline and the findings list.
    if (language !== 'ru') expect((await page.locator('.topbar').boundingBox())!.height, language).toBeLessThan(56)
  }
})
