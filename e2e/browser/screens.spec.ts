import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { photographDay, SAMPLE_DOCUMENTS, type DayPhoto } from '../../scripts/testdata/photoDay'
import { LOCALES } from '../../src/shared/i18n/locales'
import { expect, test } from '../support/fixtures'
import { REPO_ROOT } from '../support/host'
import { api } from './syncHelpers'
import { seriousViolations } from '../support/axe'
import { codesOnScreen } from './wordsCheck'

/**
 * Every view and dialog in every interface language at the two window sizes the issue names,
 * saved as PNGs for people to look at (CI keeps test-results/screenshots/ as artifacts), with
 * no internal code in the visible text and axe clean.
 */
const SCENARIO = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as unknown[]
const SIZES = [
  { width: 1400, height: 900 },
  { width: 1366, height: 768 },
]
const SHOTS = join(REPO_ROOT, 'test-results', 'screenshots')
/** The views in the order of the navigation (the tabs are found by position, whatever the language). */
const VIEW_ORDER = ['essay', 'timeline', 'findings', 'entities', 'search', 'library', 'sync', 'import'] as const

async function openView(page: Page, view: (typeof VIEW_ORDER)[number]): Promise<void> {
  await page.locator('.topbar nav .view-tab').nth(VIEW_ORDER.indexOf(view)).click()
  await expect(page.locator('main#main')).toBeVisible()
}

// The eight language-and-size runs are independent: let both workers take them.
// Starting a host and running axe over seventeen screens takes minutes on a busy machine.
test.describe.configure({ mode: 'parallel', timeout: 900_000 })

let photos: DayPhoto[] = []
test.beforeAll(async () => {
  photos = await photographDay({ documents: SAMPLE_DOCUMENTS, blurred: [4] })
})

for (const locale of LOCALES) {
  for (const size of SIZES) {
    test(`every view in ${locale} at ${size.width}x${size.height}: words, not codes; axe clean`, async ({ page, host }) => {
      await api(host, 'findings.createBatch', { findings: SCENARIO })
      await api(host, 'settings.set', { language: locale })
      await page.setViewportSize(size)
      await page.goto(host.url)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      mkdirSync(SHOTS, { recursive: true })
      const problems: string[] = []

      async function look(name: string, ready: () => Promise<void>): Promise<void> {
        await ready()
        await page.waitForTimeout(150) // Let debounced lists and popovers settle before the picture.
        await page.screenshot({ path: join(SHOTS, `${locale}-${size.width}x${size.height}-${name}.png`) })
        for (const code of await codesOnScreen(page)) problems.push(`${name}: ${code}`)
        for (const violation of await seriousViolations(page)) problems.push(`${name}: axe ${violation}`)
      }

      await look('essay', async () => {
        await openView(page, 'essay')
        await page.locator('.finding-badge').first().click()
        await expect(page.locator('.findings-popover li').first()).toBeVisible()
      })
      await look('timeline', async () => {
        await openView(page, 'timeline')
        await page.locator('.event-list .event-row').first().click()
        await expect(page.locator('.event-details')).toBeVisible()
      })
      await look('findings', async () => {
        await openView(page, 'findings')
        await expect(page.locator('.finding-detail')).toBeVisible()
      })
      await look('citation', async () => {
        await page.locator('.finding-detail .citation').scrollIntoViewIfNeeded()
        await expect(page.locator('.finding-detail .citation .citation-entry').first()).toBeVisible()
      })
      await look('history', async () => {
        await page.locator('.finding-detail .detail-tabs [role="tab"]').nth(1).click()
        await page.locator('.history-unchanged button').click()
        await expect(page.locator('.history-view .history-field').nth(1)).toBeVisible()
      })
      await look('export-dialog', async () => {
        await page.locator('.findings-toolbar > button').last().click()
        await expect(page.locator('dialog.export-dialog')).toBeVisible()
      })
      await page.locator('dialog.export-dialog').press('Escape')
      await expect(page.locator('dialog.export-dialog')).toBeHidden()
      await look('editor-problems', async () => {
        await page.locator('.new-finding').click()
        await page.locator('.finding-editor .editor-footer button[type="submit"]').click()
        await expect(page.locator('.error-summary li').first()).toBeVisible()
      })
      await page.locator('.finding-editor .editor-footer button[type="button"]').click()
      await look('editor-existing', async () => {
        await openView(page, 'findings')
        await page.locator('.finding-actions button').first().click()
        await expect(page.locator('dialog.finding-editor')).toBeVisible()
      })
      await page.locator('.finding-editor .editor-footer button[type="button"]').click()
      await look('entities', async () => {
        await openView(page, 'entities')
        await page.locator('.entity-index li button').first().click()
        await expect(page.locator('.entity-page')).toBeVisible()
      })
      await look('search', async () => {
        await openView(page, 'search')
        await page.locator('.search-form input[type="search"]').fill('김일성')
        await expect(page.locator('.search-results li').first()).toBeVisible()
      })
      await look('search-palette', async () => {
        await page.keyboard.press('Control+k')
        await page.locator('dialog.search-palette input').fill('Zhou')
        await expect(page.locator('.search-palette .search-hit').first()).toBeVisible()
      })
      await page.reload() // The palette's own keys are the search engineer's to test; start afresh.
      await look('library', async () => {
        await openView(page, 'library')
        await expect(page.locator('.backups')).toBeVisible()
      })
      await look('sync', async () => {
        await openView(page, 'sync')
        await expect(page.locator('.sync-view .panel').first()).toBeVisible()
      })
      await look('team-folder', async () => {
        const team = page.locator('.sync-view section.panel', { has: page.locator('input[placeholder="/home/me/Sync/team"]') })
        await team.scrollIntoViewIfNeeded()
        await expect(team).toBeVisible()
      })
      await look('import-start', async () => {
        await openView(page, 'import')
        await expect(page.locator('.day-start')).toBeVisible()
      })
      await look('import-review', async () => {
        await page.locator('.day-start input[type="file"]').first().setInputFiles(photos.map((p) => ({ name: p.name, mimeType: 'image/jpeg', buffer: p.bytes })))
        await expect(page.locator('.day-document')).toHaveCount(3, { timeout: 60_000 })
        await expect(page.locator('.page-warning').first()).toBeVisible()
      })
      expect(problems).toEqual([])
    })
  }
}
