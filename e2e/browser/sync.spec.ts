import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { REPO_ROOT, startHost, type Host } from '../support/host'
import { api, exportSyncFile, openView } from './syncHelpers'
import { codesOnScreen } from './wordsCheck'

const [ZHOU] = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]
const TITLE = /Record of conversation between Premier Zhou Enlai/

/** Two laptops: two browser hosts, each on its own empty library. */
const test = base.extend<{ laptops: { a: Host; b: Host } }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixture-object pattern
  laptops: async ({}, use) => {
    const [a, b] = await Promise.all([startHost(), startHost()])
    await use({ a: a!, b: b! })
    await Promise.all([a!.stop(), b!.stop()])
  },
})

async function createFinding(host: Host): Promise<string> {
  const { ids } = await api<{ ids: string[] }>(host, 'findings.createBatch', { findings: [ZHOU] })
  return ids[0]!
}

/** Picks a sync file in the sync view and applies it after checking the preview. */
async function importSyncFile(page: Page, path: string, expected: RegExp): Promise<void> {
  await page.getByLabel('Sync file').setInputFiles(path)
  const preview = page.getByRole('region', { name: 'Import preview' })
  await expect(preview.getByRole('row', { name: /^Finding/ })).toHaveText(expected)
  await preview.getByRole('button', { name: 'Apply' }).click()
  const report = page.getByRole('region', { name: 'Import report' })
  await expect(report).toContainText('Backup made before importing')
  await expect(report.locator('code')).toContainText('pre-import')
}

test('a finding travels from laptop A to B by file; a text conflict is merged by hand in B', async ({ browser, laptops }) => {
  const { a, b } = laptops
  const id = await createFinding(a)
  const pageA = await browser.newPage()
  const pageB = await browser.newPage()
  await openView(pageA, a, /^Sync/)
  const first = await exportSyncFile(pageA)

  await openView(pageB, b, /^Sync/)
  await importSyncFile(pageB, first, /Findings\s*1\s*0\s*0\s*0\s*0/)
  await expect(pageB.getByRole('table', { name: 'Exchange log' })).toContainText('Created 1, updated 0, deleted 0, conflicts 0')
  await openView(pageB, b, /^Findings/)
  await expect(pageB.getByRole('grid', { name: 'Findings' }).getByRole('row', { name: TITLE })).toBeVisible()

  // The same summary edited on both laptops without an exchange in between.
  await api(a, 'findings.update', { id, summary_en: 'Zhou says all the volunteers will go home this year.' })
  await api(b, 'findings.update', { id, summary_en: 'Zhou says the volunteers will go home in three echelons.' })
  await openView(pageB, b, /^Sync/)
  const second = await exportSyncFile(pageA)
  await importSyncFile(pageB, second, /Findings\s*0\s*0\s*0\s*1\s*0/)

  const badge = pageB.getByRole('navigation', { name: 'Views' }).getByTestId('conflict-badge')
  await expect(badge).toHaveText('1')
  const card = pageB.getByRole('article', { name: /Conflict on Record of conversation/ })
  const threeWay = card.getByRole('group', { name: /^Summary in your words \(English\): the base and both sides/ })
  // Each side marks what it changed from the base text ("…in three echelons this year. This is…").
  await expect(threeWay.getByRole('region', { name: /^Mine/ }).locator('del').first()).toContainText('this year')
  await expect(threeWay.getByRole('region', { name: /^Theirs/ }).locator('ins').first()).toHaveText('all ')
  // The conflict box names laptops and times in words: no device ids or clock stamps (the file
  // name the researcher chose is theirs, whatever it looks like).
  expect(await codesOnScreen(pageB, [basename(second)])).toEqual([])
  await card.getByRole('button', { name: 'Write a merged text' }).click()
  const merged = 'Zhou says all the volunteers will go home this year, in three echelons.'
  await card.getByLabel('Merged text of Summary in your words (English)').fill(merged)
  await card.getByRole('button', { name: 'Save the merged text' }).click()

  await expect(badge).toHaveCount(0)
  await expect(pageB.getByText('No open conflicts')).toBeVisible()
  await openView(pageB, b, /^Findings/)
  await pageB.getByRole('grid', { name: 'Findings' }).getByRole('row', { name: TITLE }).click()
  await expect(pageB.getByRole('complementary', { name: 'Finding details' })).toContainText(merged)
})

test('a damaged sync file is refused with the reason and changes nothing', async ({ browser, laptops }) => {
  const { a, b } = laptops
  await createFinding(a)
  const pageA = await browser.newPage()
  await openView(pageA, a, /^Sync/)
  const whole = readFileSync(await exportSyncFile(pageA))
  const damaged = whole.subarray(0, Math.floor(whole.length / 2))
  const path = join(b.dataDir, 'damaged.rrsync')
  writeFileSync(path, damaged)

  const pageB = await browser.newPage()
  await openView(pageB, b, /^Sync/)
  await pageB.getByLabel('Sync file').setInputFiles(path)
  const refusal = pageB.getByRole('alert')
  await expect(refusal).toHaveText(/^damaged\.rrsync was not imported\.Sync file refused: .+\. Nothing was changed\.$/)
  await expect(pageB.getByRole('region', { name: 'Import preview' })).toHaveCount(0)
  expect(await api<{ total: number }>(b, 'findings.list', {})).toMatchObject({ total: 0 })
  expect(await api<{ log: unknown[] }>(b, 'sync.peers', {})).toMatchObject({ log: [], peers: [] })
})

test('an encrypted sync file asks for its passphrase and says when it is wrong', async ({ browser, laptops }) => {
  const { a, b } = laptops
  await createFinding(a)
  const pageA = await browser.newPage()
  await openView(pageA, a, /^Sync/)
  const path = await exportSyncFile(pageA, { passphrase: 'Yanbian 1967' })

  const pageB = await browser.newPage()
  await openView(pageB, b, /^Sync/)
  await pageB.getByLabel('Sync file').setInputFiles(path)
  const unlock = pageB.getByRole('form', { name: 'Unlock the sync file' })
  await unlock.getByLabel('Passphrase').fill('Yanbian 1968')
  await unlock.getByRole('button', { name: 'Unlock' }).click()
  await expect(unlock.getByRole('alert')).toContainText(/passphrase/i)
  await unlock.getByLabel('Passphrase').fill('Yanbian 1967')
  await unlock.getByRole('button', { name: 'Unlock' }).click()
  await expect(pageB.getByRole('region', { name: 'Import preview' }).getByRole('row', { name: /^Finding/ })).toHaveText(/Findings\s*1/)
})
