import { photographDay, type DayPhoto } from '../../scripts/testdata/photoDay'
import { expect, test } from '../support/fixtures'

let photos: DayPhoto[] = []

test.beforeAll(async () => {
  // Two documents of a reading-room day: an English cable (two pages), then a Russian file.
  photos = await photographDay({
    documents: [
      { language: 'en', pages: 2 },
      { language: 'ru', pages: 2, reference: 'ф. 0102, оп. 12, п. 68, д. 3' },
    ],
    width: 1800,
    height: 2400,
  })
})

/**
 * The whole of issue 15 as a historian meets it: a day's photos imported and grouped, findings
 * made of them, a page opened in the viewer and zoomed, read by OCR, a region of it linked to the
 * words read, and a word the OCR got wrong corrected.
 */
test('from a folder of photos to a corrected OCR transcription with a linked region', async ({ page, host }, testInfo) => {
  test.setTimeout(300_000)
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Import a day' }).click()
  await page.getByLabel('Photos and scans to import').setInputFiles(photos.map((p) => ({ name: p.name, mimeType: 'image/jpeg', buffer: p.bytes })))

  // The review proposes the two documents; the historian names the first and its archive.
  await expect(page.getByRole('heading', { level: 2, name: /^Dropped files:/ })).toHaveText('Dropped files: 2 documents, 4 pages', { timeout: 90_000 })
  const first = page.getByRole('region', { name: 'Document 1' })
  await first.getByLabel('Reference').fill('Box 4, folder 2')
  await first.getByLabel('Repository').selectOption({ index: 1 })
  await page.screenshot({ path: testInfo.outputPath('review.png') })
  await page.getByRole('button', { name: 'Make 2 draft findings' }).click()
  await expect(page.getByText('2 draft findings were made')).toBeVisible()

  // The first draft becomes a finding, its pages in shooting order.
  await page.getByRole('button', { name: 'Open the drafts' }).click()
  await page.getByRole('region', { name: 'Unsaved drafts' }).getByRole('button', { name: 'Resume “Box 4, folder 2”' }).click()
  const editor = page.getByRole('dialog', { name: 'New finding' })
  await expect(editor.getByRole('list', { name: 'Pages in order' }).getByRole('listitem')).toHaveCount(2)
  await editor.getByLabel('Date as written').fill('14 April 1958')
  await editor.getByLabel('Title or description (English) *').fill('Cable on the Volunteers leaving Korea')
  await editor.getByLabel('Document type *').selectOption('report')
  await editor.getByLabel('Original language *').selectOption('en')
  await editor.getByLabel('Summary in your words (English) *').fill('The embassy reports the withdrawal and the grain shortage.')
  await editor.getByRole('button', { name: 'Save finding' }).click()
  await expect(editor).toBeHidden()

  // Its detail shows the pages; the viewer opens on page 1 and zooms.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Findings' }).click()
  await page.getByRole('grid', { name: 'Findings' }).getByRole('row', { name: /Cable on the Volunteers/ }).click()
  const detail = page.getByRole('complementary', { name: 'Finding details' })
  await expect(detail.getByRole('heading', { name: /^Pages \(2\)/ })).toBeVisible()
  await detail.getByRole('button', { name: /^Open page 1, .*, in the viewer$/ }).click()
  const viewer = page.getByRole('dialog', { name: /^Pages of Cable on the Volunteers/ })
  const status = viewer.getByRole('toolbar', { name: 'Page view' }).getByRole('status')
  await expect(status).toHaveText('Zoom 100% · upright')
  await viewer.getByRole('button', { name: 'Zoom in' }).click()
  await expect(status).toHaveText(/Zoom 1[2-3]\d% · upright/)
  await viewer.getByRole('button', { name: 'Fit to width' }).click()

  // OCR reads the page (English, from the finding's language) into a transcription not yet checked.
  const ocr = viewer.locator('.ocr-control')
  await expect(ocr.getByRole('checkbox', { name: 'English' })).toBeChecked()
  await ocr.getByRole('button', { name: 'Run OCR on this page' }).click()
  await expect(ocr.getByText(/^Read \d+ lines?/)).toBeVisible({ timeout: 180_000 })
  const text = viewer.locator('.region-text')
  await expect(text).toContainText('Volunteers')
  await expect(detail.getByText('Transcription (Read by OCR, not yet checked)')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('ocr.png') })

  // A region drawn on the page is linked to a word the OCR read.
  await viewer.getByRole('button', { name: 'Select a region' }).click()
  const canvas = viewer.locator('.osd-host')
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.3, { steps: 5 })
  await page.mouse.up()
  await text.evaluate((element) => {
    // The OCR lines are marked passages: find the text node that holds the word.
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    let node = walker.nextNode()
    while (node && !node.textContent!.includes('Volunteers')) node = walker.nextNode()
    const start = node!.textContent!.indexOf('Volunteers')
    const range = document.createRange()
    range.setStart(node!, start)
    range.setEnd(node!, start + 'Volunteers'.length)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
  })
  await viewer.getByRole('button', { name: 'Link region to selected text' }).click()
  await expect(viewer.getByRole('region', { name: 'Regions on this page' }).getByRole('button', { name: 'Region: “Volunteers”', exact: true })).toBeVisible()

  // A word is corrected in the editor and the transcription marked as checked.
  await ocr.getByRole('button', { name: 'Correct it in the editor' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit finding' })
  const transcription = edit.getByLabel('Transcription', { exact: true })
  await expect(transcription).toHaveValue(/Volunteers/) // the finding has loaded into the form
  await transcription.fill((await transcription.inputValue()).replace('Volunteers', 'Volunteers (CPV)'))
  await edit.getByLabel('Transcription status').selectOption('verbatim')
  await page.keyboard.press('Control+s')
  await expect(edit).toBeHidden()
  await expect(text).toContainText('Volunteers (CPV)')
  await expect(detail.getByText('Transcription (Verbatim)')).toBeVisible()
  for (const [width, height] of [[1400, 900], [1366, 768]] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: testInfo.outputPath(`corrected-${width}x${height}.png`) })
  }
})
