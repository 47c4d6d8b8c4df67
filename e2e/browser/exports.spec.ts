import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { expect, test } from '../support/fixtures'
import { REPO_ROOT, type Host } from '../support/host'
import { api, openView } from './syncHelpers'

type Fixture = Record<string, string | undefined>
const FIXTURES = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as Fixture[]
const [ZHOU, KIM_PLENUM] = FIXTURES as [Fixture, Fixture]
const KULLOJA = FIXTURES[6]!

async function openFindings(page: Page, host: Host): Promise<string[]> {
  const { ids } = await api<{ ids: string[] }>(host, 'findings.createBatch', { findings: FIXTURES })
  await openView(page, host, /^Findings/)
  await expect(page.getByRole('grid', { name: 'Findings' })).toHaveAttribute('aria-rowcount', '13')
  return ids
}

/** Exports the list as CSV from the dialog and returns the downloaded rows. */
async function exportCsv(page: Page, options: { bom: boolean; scope?: RegExp }): Promise<{ rows: Record<string, string>[]; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export these findings…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export findings' })
  await expect(dialog.getByRole('radio', { name: options.scope ?? /findings in this list/ })).toBeChecked()
  await dialog.getByLabel('Format').selectOption({ label: 'CSV spreadsheet' })
  if (options.bom) await dialog.getByLabel('Add a byte-order mark for Excel').check()
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('findings.csv')
  const bytes = readFileSync(await download.path())
  await expect(dialog.getByRole('status')).toContainText('Saved findings.csv')
  return { rows: parse(bytes, { columns: true, bom: true }) as Record<string, string>[], bytes }
}

test('export the findings of one tag as CSV: the rows are the list, Chinese, Korean and Russian intact', async ({ page, host }) => {
  const ids = await openFindings(page, host)
  const tagged = [ids[0]!, ids[1]!, ids[6]!]
  await api(host, 'findings.tag', { ids: tagged, add: ['for-the-chapter'] })
  await page.getByRole('form', { name: 'Findings filters' }).getByLabel('Tag').fill('for-the-chapter')
  await expect(page.locator('.findings-count')).toHaveText('3 findings')

  const { rows, bytes } = await exportCsv(page, { bom: true })
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(rows.map((row) => row.id).sort()).toEqual([...tagged].sort())
  const byId = new Map(rows.map((row) => [row.id, row]))
  expect(byId.get(ids[0]!)).toMatchObject({ 'original title': ZHOU.title_original, transcription: ZHOU.transcription })
  expect(byId.get(ids[1]!)).toMatchObject({ reference: KIM_PLENUM.reference_raw, transcription: KIM_PLENUM.transcription })
  expect(byId.get(ids[6]!)).toMatchObject({ 'original title': KULLOJA.title_original })
  await expect(page.getByRole('dialog', { name: 'Export findings' }).getByRole('status')).toContainText(
    '3 findings exported',
  )
})

test('a list filter the export cannot express (language) still exports exactly the listed findings', async ({ page, host }) => {
  await openFindings(page, host)
  await page.getByRole('form', { name: 'Findings filters' }).getByLabel('Language').selectOption({ label: 'Russian' })
  const listed = await api<{ ids: string[] }>(host, 'findings.ids', { original_language: 'ru' })
  await expect(page.locator('.findings-count')).toHaveText(`${listed.ids.length} findings`)
  const { rows } = await exportCsv(page, { bom: false })
  expect(rows.map((row) => row.id).sort()).toEqual([...listed.ids].sort())
  expect(rows.every((row) => row.language === 'ru')).toBe(true)
})

test('export the selected findings', async ({ page, host }) => {
  const ids = await openFindings(page, host)
  const grid = page.getByRole('grid', { name: 'Findings' })
  await grid.getByRole('row', { name: /Kŭlloja article/ }).click()
  await grid.getByRole('row', { name: /Shen and Xia/ }).click({ modifiers: ['ControlOrMeta'] })
  await expect(page.locator('.findings-count')).toHaveText('12 findings · 2 selected')
  const { rows } = await exportCsv(page, { bom: false, scope: /The 2 selected findings/ })
  expect(rows.map((row) => row.id).sort()).toEqual([ids[6]!, ids[10]!].sort())
})

test('copy a note: the full note the first time in a report, the short note after, full again in a new report', async ({ page, host }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin })
  await openFindings(page, host)
  await page.getByRole('grid', { name: 'Findings' }).getByRole('row', { name: /Premier Zhou Enlai and Premier Kim/ }).click()
  const citation = page.getByRole('complementary', { name: 'Finding details' }).getByRole('region', { name: 'Citation' })
  const full = citation.getByRole('group', { name: 'Full note' }).locator('.citation-text')
  const short = citation.getByRole('group', { name: 'Short note' }).locator('.citation-text')
  // The full note identifies the document on its own: date, reference, archive and city.
  await expect(full).toContainText('February 15, 1958, 106-00999-01, 3–7, Archives of the Ministry of Foreign Affairs of the PRC, Beijing.')
  await expect(short).toContainText('February 15, 1958, PRC FMA 106-00999-01, 3–7.')
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText())

  await citation.getByRole('button', { name: 'Copy note (full)' }).click()
  await expect(citation.getByRole('status').first()).toHaveText('Copied the full note.')
  expect(await clipboard()).toBe(await full.textContent())

  await citation.getByRole('button', { name: 'Copy note (short)' }).click()
  expect(await clipboard()).toBe(await short.textContent())

  await citation.getByRole('button', { name: 'Start a new report' }).click()
  await citation.getByRole('button', { name: 'Copy note (full)' }).click()
  expect(await clipboard()).toBe(await full.textContent())
})
