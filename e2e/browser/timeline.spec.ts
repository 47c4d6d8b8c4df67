import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { api, expect, test } from '../support/fixtures'
import { REPO_ROOT } from '../support/host'

const SCENARIO = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as unknown[]

test('filter the timeline by Kim Il Sung and 1956-1958, open the August plenum, follow it to the essay', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Timeline' }).click()
  await expect(page.getByRole('application', { name: /Time axis/ })).toBeVisible()
  await expect(page.getByText('119 of 119 in view').or(page.getByText(/ of 119 in view/))).toBeVisible()

  const filters = page.getByRole('form', { name: 'Timeline filters' })
  await filters.getByLabel('Actor').selectOption({ label: 'Kim Il Sung' })
  await filters.getByLabel('From date').fill('1956')
  await filters.getByLabel('To date').fill('1958')
  const list = page.getByRole('region', { name: /^Events \(\d+\)$/ })
  await expect(list.getByRole('button', { name: /August plenum/ })).toBeVisible()
  await expect(list.getByRole('button', { name: /Mukden/ })).toHaveCount(0)
  for (const date of await list.locator('.event-date').allTextContents()) expect(date).toMatch(/195[5-8]/)

  await list.getByRole('button', { name: /August plenum/ }).click()
  const details = page.getByRole('article', { name: /August plenum/ })
  await expect(details).toContainText('August 30, 1956 – August 31, 1956')
  await expect(details.getByRole('link', { name: 'Kim Il Sung' })).toBeVisible()
  await expect(details).toContainText('GARF f. 5446')

  await details.getByRole('link', { name: 'What explains the nature and evolution of the relationship?' }).click()
  await expect(page).toHaveURL(/#explaining-evolution$/)
  await expect(page.getByRole('heading', { name: 'What explains the nature and evolution of the relationship?' })).toBeInViewport()
})

test('the time axis pans and zooms from the keyboard', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Timeline' }).click()
  const axis = page.getByRole('application', { name: /Time axis/ })
  const status = page.locator('.timeline-status')
  await expect(status).toHaveText(/of 119 in view/)
  const before = await status.textContent()
  await axis.focus()
  for (let i = 0; i < 6; i++) await page.keyboard.press('+')
  await expect(status).not.toHaveText(before ?? '')
  await page.keyboard.press('0')
  await expect(status).toHaveText(before ?? '')
})

test('an actor link opens the entity page with names in every script and its events', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Timeline' }).click()
  const list = page.getByRole('region', { name: /^Events/ })
  await page.getByRole('form', { name: 'Timeline filters' }).getByLabel('From date').fill('1956')
  await page.getByRole('form', { name: 'Timeline filters' }).getByLabel('To date').fill('1956')
  await list.getByRole('button', { name: /August plenum/ }).click()
  await page.getByRole('article', { name: /August plenum/ }).getByRole('link', { name: 'Kim Il Sung' }).click()

  const entity = page.getByRole('article', { name: 'Kim Il Sung' })
  const names = entity.getByRole('table', { name: /Names/ })
  for (const form of ['김일성', '金日成', 'Ким Ир Сен', 'Kim Il-sŏng', "Chin Jih-ch'eng"]) {
    await expect(names.getByRole('cell', { name: form, exact: true }).first()).toBeVisible()
  }
  await expect(entity.getByRole('link', { name: /August plenum/ })).toBeVisible()

  const form = entity.getByRole('form', { name: 'Add a name' })
  await form.getByLabel('Name form').fill('金首相')
  // Language and script are chosen by name from the vocabulary, so a misspelt code cannot be typed.
  await form.getByLabel('Language').selectOption({ value: 'ko' })
  await form.getByLabel('Script').selectOption({ value: 'Hani' })
  await form.getByRole('button', { name: 'Add name' }).click()
  await expect(names.getByRole('cell', { name: '金首相', exact: true })).toBeVisible()
})

test('the essay shows how many events bear on a paragraph and lists them', async ({ page, host }) => {
  await page.goto(host.url)
  const badge = page.getByRole('button', { name: /events bear on “What explains the nature and evolution of the relationship\?”, paragraph 3$/ })
  await expect(badge).toBeVisible()
  await badge.click()
  const popover = page.getByRole('dialog', { name: 'Events bearing on “What explains the nature and evolution of the relationship?”, paragraph 3' })
  await popover.getByRole('link', { name: /August plenum/ }).click()
  await expect(page.getByRole('article', { name: /August plenum/ })).toBeVisible()
})

test('S8.3: filter 1956-09, widen it by ±N days, include coarser dates; a bad date is named', async ({ page, host }) => {
  await api(host, 'findings.createBatch', { findings: SCENARIO })
  await api(host, 'events.create', { date: '1956', title: 'Year-only report on the KWP', kind: 'political' })
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Timeline' }).click()
  const filters = page.getByRole('form', { name: 'Timeline filters' })
  const events = page.getByRole('region', { name: /^Events \(\d+\)$/ })
  const findings = page.getByRole('region', { name: /^Findings on the timeline/ })
  await filters.getByLabel('From date').fill('1956-09')
  await filters.getByLabel('To date').fill('1956-09')

  await expect(events.getByRole('button', { name: /Mikoyan-Peng Dehuai delegation/ })).toBeVisible()
  await expect(events.getByRole('button', { name: /September plenum/ })).toBeVisible()
  await expect(events.getByRole('button', { name: /August plenum/ })).toHaveCount(0)
  await expect(events.getByRole('button', { name: /Year-only report/ })).toHaveCount(0)
  await expect(findings.getByRole('button', { name: /22 September 1956/ }).first()).toBeVisible()

  const days = filters.getByLabel('Days either side')
  await expect(days).toBeDisabled()
  await filters.getByLabel('Overlapping ±N days').check()
  await expect(days).toHaveValue('7')
  await expect(events.getByRole('button', { name: /August plenum/ })).toBeVisible()
  await days.fill('0')
  await expect(events.getByRole('button', { name: /August plenum/ })).toHaveCount(0)
  await days.fill('1')
  await expect(events.getByRole('button', { name: /August plenum/ })).toBeVisible()
  await days.fill('400')
  await expect(filters.getByRole('alert')).toHaveText('Days either side: use a whole number from 0 to 366')
  await filters.getByLabel('Overlapping ±N days').uncheck()
  await expect(events.getByRole('button', { name: /August plenum/ })).toHaveCount(0)

  await filters.getByLabel('Include coarser dates').check()
  await expect(events.getByRole('button', { name: /Year-only report/ })).toBeVisible()
  await filters.getByLabel('Include coarser dates').uncheck()
  await expect(events.getByRole('button', { name: /Year-only report/ })).toHaveCount(0)

  await filters.getByLabel('From date').fill('1956-13')
  await expect(filters.getByLabel('From date')).toHaveAttribute('aria-invalid', 'true')
  await expect(filters.getByRole('alert')).toContainText('From date: “1956-13”: there is no month 13')
})

test('S8.4: where sources disagree, the list and the details say so with each source\u2019s days', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Timeline' }).click()
  const filters = page.getByRole('form', { name: 'Timeline filters' })
  const events = page.getByRole('region', { name: /^Events \(\d+\)$/ })
  await filters.getByLabel('From date').fill('1953-11')
  await filters.getByLabel('To date').fill('1953-11')
  const visit = events.getByRole('button', { name: /postwar state visit to Beijing/ })
  await expect(visit).toContainText('sources disagree')
  await visit.click()
  const details = page.getByRole('article', { name: /postwar state visit/ })
  await expect(details.locator('.sources-disagree')).toHaveText(
    'Sources disagree on the dates: they give November 12, 1953 – November 26, 1953; November 10, 1953 – November 27, 1953, so the event falls within November 10, 1953 – November 27, 1953.',
  )
  await expect(details.getByRole('listitem').filter({ hasText: 'Caixin' })).toContainText('gives November 12, 1953 – November 26, 1953')
  await expect(details.getByRole('listitem').filter({ hasText: 'Wikipedia' })).toContainText('gives November 10, 1953 – November 27, 1953')

  await filters.getByLabel('From date').fill('2004-01')
  await filters.getByLabel('To date').fill('2004-01')
  await events.getByRole('button', { name: /PRC Foreign Ministry Archive opens/ }).click()
  const archive = page.getByRole('article', { name: /PRC Foreign Ministry Archive opens/ })
  await expect(archive.locator('.sources-disagree')).toContainText('falls within January 16, 2004 – January 19, 2004')
  await expect(archive.locator('.event-note')).toContainText('gives January 16, 2004 or January 19, 2004')
})
