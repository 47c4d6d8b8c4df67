import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { createAnchor } from '../../src/shared/anchoring'
import { LOCALES } from '../../src/shared/i18n/locales'
import { MEDIA_FRAGMENTS } from '../../src/shared/model/pages'
import { api } from '../fixtures/hostile/seed'
import { expect, test } from '../support/fixtures'
import { REPO_ROOT, type Host } from '../support/host'
import { latinWordsOnScreen } from './wordsCheck'

const [SCENARIO] = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]
const TITLE = '周恩来接见朝鲜代表团'
const TRANSCRIPTION = '周恩来总理接见朝鲜代表团。\n志愿军今年分三批回国。'
/** A real one-pixel PNG: the viewer shows it, OCR is offered on it. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const NAMES = ['page-1.png', 'page-2.png', 'page-3.png']

/** A finding with three pages and a transcription, the first page's region linked to its first line. */
async function findingWithRegion(host: Host): Promise<void> {
  const pages = []
  for (const [n, name] of NAMES.entries()) {
    // Each page its own file: a byte after the PNG's end makes another digest, and PNG readers ignore it.
    const data_base64 = Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.from([n])]).toString('base64')
    const stored = await api<{ sha256: string }>(host, 'attachments.store', { name, data_base64 })
    pages.push({ sha256: stored.sha256, name })
  }
  const { quote, position } = createAnchor(TRANSCRIPTION, 0, 13)
  const region = { id: 'region-first-line', page: pages[0]!.sha256, selector: { type: 'FragmentSelector', conformsTo: MEDIA_FRAGMENTS, value: 'xywh=pixel:0,0,1,1' }, field: 'transcription', quote, position, origin: 'user' }
  await api(host, 'findings.create', { ...SCENARIO, title_or_description: TITLE, transcription: TRANSCRIPTION, transcription_status: 'verbatim', attachments: pages, regions: [region] })
}

/** The finding's pages and viewer, and its page list in the editor after a move and a removal, as the reader hears and sees them. */
async function pageScreens(page: Page, shot: (name: string) => string): Promise<string[]> {
  const found: string[] = []
  const look = async (root: string) => found.push(...(await latinWordsOnScreen(page, root, [...NAMES, TITLE])).map((text) => `${root}: ${text}`))
  await look('.pages-strip')
  await page.locator('.pages-strip button.thumbnail').first().click()
  const viewer = page.locator('dialog.page-viewer')
  await expect(viewer.locator('.region-text mark')).toBeVisible()
  await viewer.locator('.ocr-control summary').click()
  await expect(viewer.locator('.ocr-control input[type="checkbox"]').first()).toBeVisible()
  await look('dialog.page-viewer')
  await page.screenshot({ path: shot('viewer.png') })
  await viewer.locator('.page-viewer-head button.close').click()

  await page.locator('.finding-actions button').first().click()
  const editor = page.locator('dialog.finding-editor')
  await expect(editor.locator('fieldset.editor-body')).not.toHaveAttribute('aria-busy', 'true')
  await editor.locator('.page-list li').nth(2).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(editor.locator('.page-list li').nth(1)).toBeFocused()
  await look('.pages-field')
  await editor.locator('.page-list li').first().locator('.page-actions button').last().click()
  await expect(editor.locator('.page-list li')).toHaveCount(2)
  await look('.pages-field')
  await editor.locator('.pages-field').screenshot({ path: shot('page-list.png') })
  return found
}

test('pages, the viewer, regions and OCR speak Chinese, Korean and Russian: no English left in them', async ({ page, host }, testInfo) => {
  test.setTimeout(180_000)
  await findingWithRegion(host)
  await page.goto(host.url)
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    await api(host, 'settings.set', { language: locale, lastView: 'findings' })
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await page.locator('[role="grid"] [role="row"]', { hasText: TITLE }).click()
    await expect(page.locator('.pages-strip li')).toHaveCount(3)
    expect(await pageScreens(page, (name) => testInfo.outputPath(`${locale}-${name}`)), locale).toEqual([])
    await page.locator('dialog.finding-editor .editor-footer button[type="button"]').click()
  }
})
