import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import sharp from 'sharp'
import { expect, test } from '../support/fixtures'
import { api } from '../fixtures/hostile/seed'
import { REPO_ROOT, type Host } from '../support/host'

const [SCENARIO] = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]
const TRANSCRIPTION = '周恩来总理接见朝鲜代表团。\n志愿军今年分三批回国。\n金日成同意这个安排。'
const TITLE = 'Zhou receives the Korean delegation'

/** A photographed page, drawn here on a canvas: lines of Chinese text on paper, 1200×1600, and its thumbnail as the editor makes it. */
async function pagePng(page: Page, n: number): Promise<{ data_base64: string; thumbnail_base64: string }> {
  return page.evaluate((number) => {
    const canvas = document.createElement('canvas')
    canvas.width = 1200
    canvas.height = 1600
    const ctx = canvas.getContext('2d')!
    ctx.fillStyle = '#f4efe1'
    ctx.fillRect(0, 0, 1200, 1600)
    ctx.fillStyle = '#222'
    ctx.font = '48px serif'
    ctx.fillText(`第${number}页`, 80, 120)
    ;['周恩来总理接见朝鲜代表团。', '志愿军今年分三批回国。', '金日成同意这个安排。'].forEach((line, i) => ctx.fillText(line, 80, 260 + i * 90))
    const small = document.createElement('canvas')
    small.width = 192
    small.height = 256
    small.getContext('2d')!.drawImage(canvas, 0, 0, 192, 256)
    return { data_base64: canvas.toDataURL('image/png').split(',')[1]!, thumbnail_base64: small.toDataURL('image/jpeg', 0.8).split(',')[1]! }
  }, n)
}

/** A finding with three pages and a transcription, made through the API as another window would. */
async function findingWithPages(page: Page, host: Host, transcribed = true): Promise<string> {
  await page.goto(host.url)
  await expect(page.getByRole('button', { name: 'New finding' })).toBeVisible()
  const pages = []
  for (const n of [1, 2, 3]) {
    const stored = await api<{ sha256: string }>(host, 'attachments.store', { name: `page-${n}.png`, ...(await pagePng(page, n)) })
    pages.push({ sha256: stored.sha256, name: `page-${n}.png` })
  }
  const { transcription: _text, transcription_status: _status, ...untranscribed } = SCENARIO!
  const finding = await api<{ id: string }>(host, 'findings.create', {
    ...untranscribed,
    title_or_description: TITLE,
    ...(transcribed ? { transcription: TRANSCRIPTION, transcription_status: 'verbatim' } : {}),
    attachments: pages,
  })
  return finding.id
}

async function openDetail(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  await page.reload()
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Findings' }).click()
  await page.getByRole('grid', { name: 'Findings' }).getByRole('row', { name: new RegExp(TITLE) }).click()
  const detail = page.getByRole('complementary', { name: 'Finding details' })
  await expect(detail.getByRole('heading', { name: /^Pages \(3\)/ })).toBeVisible()
  return detail
}

const stripNames = (detail: ReturnType<Page['getByRole']>) => detail.locator('.pages-strip .file-name').allTextContents()

test('open the viewer, zoom and rotate, link a region to a passage and back, with no CSP violation', async ({ page, host }) => {
  test.setTimeout(180_000)
  await findingWithPages(page, host)
  const detail = await openDetail(page)
  await detail.getByRole('button', { name: 'Open page 1, page-1.png, in the viewer' }).click()
  const viewer = page.getByRole('dialog', { name: `Pages of ${TITLE}` })
  const status = viewer.getByRole('toolbar', { name: 'Page view' }).getByRole('status')
  await expect(status).toHaveText('Zoom 100% · upright')
  await viewer.getByRole('button', { name: 'Zoom in' }).click()
  await expect(status).toHaveText(/Zoom 1[2-3]\d% · upright/)
  await viewer.getByRole('button', { name: 'Rotate right' }).click()
  await expect(status).toHaveText(/turned 90° right/)
  await page.keyboard.press('Shift+R')
  await expect(status).toHaveText(/upright/)
  await page.keyboard.press('PageDown')
  await expect(viewer.getByText('Page 2 of 3')).toBeVisible()
  await page.keyboard.press('PageUp')
  await expect(viewer.getByText('Page 1 of 3')).toBeVisible()
  await expect(status).toHaveText('Zoom 100% · upright')

  // Draw a rectangle over the second line, select that line in the transcription, link them.
  await viewer.getByRole('button', { name: 'Select a region' }).click()
  const canvas = viewer.locator('.osd-host')
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4, { steps: 5 })
  await page.mouse.up()
  await viewer.locator('.region-text').evaluate((element, line) => {
    const node = element.firstElementChild!.firstChild!
    const start = node.textContent!.indexOf(line)
    const range = document.createRange()
    range.setStart(node, start)
    range.setEnd(node, start + line.length)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
  }, '志愿军今年分三批回国')
  await viewer.getByRole('button', { name: 'Link region to selected text' }).click()
  const regions = viewer.getByRole('region', { name: 'Regions on this page' })
  await expect(regions.getByRole('button', { name: 'Region: “志愿军今年分三批回国”', exact: true })).toBeVisible()
  await expect(viewer.locator('.region-text mark')).toHaveText('志愿军今年分三批回国')
  const axe = await new AxeBuilder({ page }).include('.page-viewer').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([])

  // Opened afresh, a click on the region highlights its passage...
  const reopen = async () => {
    await viewer.getByRole('button', { name: 'Close' }).click()
    await detail.getByRole('button', { name: 'Open page 1, page-1.png, in the viewer' }).click()
    await expect(status).toHaveText('Zoom 100% · upright')
  }
  await reopen()
  const overlay = viewer.locator('button.page-region')
  await expect(viewer.locator('.region-text mark.is-highlighted')).toHaveCount(0)
  await overlay.click()
  await expect(viewer.locator('.region-text mark.is-highlighted')).toHaveText('志愿军今年分三批回国')
  await expect(overlay).toHaveAttribute('aria-pressed', 'true')
  // ...and text selected inside the passage highlights the region.
  await reopen()
  await expect(overlay).toHaveAttribute('aria-pressed', 'false')
  await viewer.locator('.region-text mark').evaluate((mark) => {
    const range = document.createRange()
    range.setStart(mark.firstChild!, 2)
    range.setEnd(mark.firstChild!, 5)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
  })
  await expect(overlay).toHaveAttribute('aria-pressed', 'true')

  await viewer.getByRole('button', { name: 'Close' }).click()
  await expect(detail.getByText('1 region linked to the text')).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([])
})

test('reorder pages with the keyboard and save; remove a page and abandon the edit: the page stays', async ({ page, host }) => {
  test.setTimeout(180_000)
  await findingWithPages(page, host)
  const detail = await openDetail(page)
  expect(await stripNames(detail)).toEqual(['1. page-1.png', '2. page-2.png', '3. page-3.png'])

  await detail.getByRole('button', { name: 'Edit' }).click()
  const editor = page.getByRole('dialog', { name: 'Edit finding' })
  const pages = editor.getByRole('list', { name: 'Pages in order' })
  // The editor takes the focus to its first field once the finding has loaded: focus the page after that.
  await expect(editor.getByRole('combobox', { name: 'Repository *' })).toBeFocused()
  await pages.getByRole('listitem', { name: 'Page 3 of 3: page-3.png' }).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(editor.getByText('“page-3.png” is now page 2 of 3')).toBeAttached()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(pages.getByRole('listitem', { name: 'Page 1 of 3: page-3.png' })).toBeFocused()
  await page.keyboard.press('Control+s')
  await expect(editor).toBeHidden()
  await expect.poll(() => stripNames(detail)).toEqual(['1. page-3.png', '2. page-1.png', '3. page-2.png'])

  await detail.getByRole('button', { name: 'Edit' }).click()
  await editor.getByRole('button', { name: 'Remove page-1.png' }).click()
  await expect(pages.getByRole('listitem')).toHaveCount(2)
  await expect(editor.getByRole('status').filter({ hasText: 'Removed “page-1.png”' })).toBeVisible()
  await editor.getByRole('button', { name: 'Close (keeps the draft)' }).click()
  await expect(editor).toBeHidden()
  await page.reload()
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Findings' }).click()
  await page.getByRole('grid', { name: 'Findings' }).getByRole('row', { name: new RegExp(TITLE) }).click()
  await expect.poll(() => stripNames(detail)).toEqual(['1. page-3.png', '2. page-1.png', '3. page-2.png'])

  // Removed and saved, the page can still be put back from the finding's history.
  await detail.getByRole('button', { name: 'Edit' }).click()
  // The abandoned edit is offered as a draft; it is not taken up.
  await editor.getByRole('button', { name: `Discard draft “${TITLE}”` }).click()
  await editor.getByRole('button', { name: 'Remove page-2.png' }).click()
  await page.keyboard.press('Control+s')
  await expect.poll(() => stripNames(detail)).toEqual(['1. page-3.png', '2. page-1.png'])
  await detail.getByRole('button', { name: 'Edit' }).click()
  await editor.getByText('Removed earlier (1)').click()
  await editor.getByRole('button', { name: 'Put back page-2.png' }).click()
  await page.keyboard.press('Control+s')
  await expect.poll(() => stripNames(detail)).toEqual(['1. page-3.png', '2. page-1.png', '3. page-2.png'])
})

test('run OCR on a page, see where a line came from, and correct a word', async ({ page, host }) => {
  test.setTimeout(180_000)
  await findingWithPages(page, host, false)
  const detail = await openDetail(page)
  await detail.getByRole('button', { name: 'Open page 2, page-2.png, in the viewer' }).click()
  const viewer = page.getByRole('dialog', { name: /^Pages of/ })
  const ocr = viewer.locator('.ocr-control')
  await expect(ocr.getByRole('checkbox', { name: 'Chinese (simplified)' })).toBeChecked()
  await expect(ocr.getByRole('checkbox', { name: 'Korean' })).not.toBeChecked()
  // Stopped at once, it changes nothing.
  await ocr.getByRole('button', { name: 'Run OCR on this page' }).click()
  await ocr.getByRole('button', { name: 'Cancel' }).click()
  await expect(ocr.getByText('OCR stopped; the finding was not changed.')).toBeVisible({ timeout: 60_000 })
  await expect(viewer.locator('button.page-region-ocr')).toHaveCount(0)

  await ocr.getByRole('button', { name: 'Run OCR on this page' }).click()
  await expect(ocr.getByRole('progressbar', { name: 'OCR progress' })).toBeVisible()
  await expect(ocr.getByText(/^Read \d+ lines?/)).toBeVisible({ timeout: 120_000 })
  // The text is the finding's transcription now, marked as not yet checked, each line a region.
  const text = viewer.locator('.region-text')
  await expect(text).toContainText('志愿军')
  await expect(detail.getByText('Transcription (Read by OCR, not yet checked)')).toBeVisible()
  const lines = viewer.locator('button.page-region-ocr')
  expect(await lines.count()).toBeGreaterThanOrEqual(3)
  await lines.nth(2).click()
  await expect(text.locator('mark.is-highlighted')).toContainText('志愿军')

  // Correct a word in the editor, and say the transcription is checked.
  await ocr.getByRole('button', { name: 'Correct it in the editor' }).click()
  const editor = page.getByRole('dialog', { name: 'Edit finding' })
  const transcription = editor.getByLabel('Transcription', { exact: true })
  // The editor reads the finding afresh (its fields wait, disabled, meanwhile): read the text once it is there.
  await expect(transcription).toHaveValue(/志愿军/)
  const read = await transcription.inputValue()
  await transcription.fill(read.replace('志愿军', '中国人民志愿军'))
  await editor.getByLabel('Transcription status').selectOption('verbatim')
  await page.keyboard.press('Control+s')
  await expect(editor).toBeHidden()
  await expect(text).toContainText('中国人民志愿军')
  await expect(text.locator('mark.is-highlighted')).toContainText('志愿军')
  await expect(detail.getByText('Transcription (Verbatim)')).toBeVisible()
  await expect(ocr.getByRole('button', { name: 'Run OCR on this page again' })).toBeVisible()
})

test('TIFF scans and a HEIC photo become pages with thumbnails that the viewer shows and OCR can read', async ({ page, host }) => {
  test.setTimeout(180_000)
  const id = await findingWithPages(page, host)
  const detail = await openDetail(page)
  const tiff = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#f4efe1' } }).tiff().toBuffer()
  const heic = readFileSync(join(REPO_ROOT, 'src', 'core', 'dayImport', 'fixtures', 'page.heic'))
  // A TIFF kept as it is, as a colleague's sync file or the CLI brings it.
  const kept = await api<{ sha256: string }>(host, 'attachments.store', { name: 'scan-0.tif', data_base64: tiff.toString('base64') })
  const { finding } = await api<{ finding: { attachments: unknown[] } }>(host, 'findings.get', { id })
  await api(host, 'findings.update', { id, attachments: [...finding.attachments, { sha256: kept.sha256, name: 'scan-0.tif' }] })
  await expect(detail.getByRole('heading', { name: /^Pages \(4\)/ })).toBeVisible()

  // Added in the editor, a TIFF and a HEIC photo are read as Import a day reads them.
  await detail.getByRole('button', { name: 'Edit' }).click()
  const editor = page.getByRole('dialog', { name: 'Edit finding' })
  await expect(editor.getByRole('combobox', { name: 'Repository *' })).toBeFocused()
  await editor.getByLabel(/^Add JPEG, PNG/).setInputFiles([
    { name: 'scan-4.tif', mimeType: 'image/tiff', buffer: Buffer.concat([tiff, Buffer.from('4')]) },
    { name: 'IMG_0005.HEIC', mimeType: 'image/heic', buffer: heic },
  ])
  const pages = editor.getByRole('list', { name: 'Pages in order' })
  // Each is decoded, converted and thumbnailed by the host first: seconds on a loaded machine.
  await expect(pages.getByRole('listitem')).toHaveCount(6, { timeout: 60_000 })
  for (const name of ['Page 4 of 6: scan-0.tif', 'Page 5 of 6: scan-4.tif', 'Page 6 of 6: IMG_0005.HEIC']) {
    await expect(pages.getByRole('listitem', { name }).locator('img')).toBeVisible()
  }
  await page.keyboard.press('Control+s')
  await expect(editor).toBeHidden()

  for (const [n, name] of [[4, 'scan-0.tif'], [5, 'scan-4.tif'], [6, 'IMG_0005.HEIC']] as const) {
    await detail.getByRole('button', { name: `Open page ${n}, ${name}, in the viewer` }).click()
    const viewer = page.getByRole('dialog', { name: /^Pages of/ })
    await expect(viewer.locator('.osd-host canvas').first()).toBeVisible()
    await expect(viewer.locator('.ocr-control')).toBeVisible()
    await expect(viewer.getByText(/cannot be shown here/)).toHaveCount(0)
    await viewer.getByRole('button', { name: 'Close' }).first().click()
    await expect(viewer).toBeHidden()
  }
})
