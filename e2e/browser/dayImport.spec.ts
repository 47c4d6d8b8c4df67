import { photographDay, SAMPLE_DOCUMENTS, type DayPhoto } from '../../scripts/testdata/photoDay'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

let photos: DayPhoto[] = []

test.beforeAll(async () => {
  photos = await photographDay({
    documents: SAMPLE_DOCUMENTS,
    blurred: [4],
  })
})

test('a day of photos becomes reviewed documents, then one draft finding per document', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000)
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Import a day' }).click()
  await expect(page.getByRole('heading', { name: 'Import a day of photos' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('start.png') })
  expect(await seriousViolations(page)).toEqual([])
  // The photos' bytes are read and sent by a worker: on the page's thread they stalled its drawing.
  const uploader = page.waitForEvent('worker', (worker) => worker.url().includes('uploadWorker'))
  await page.getByLabel('Photos and scans to import').setInputFiles([
    ...photos.map((p) => ({ name: p.name, mimeType: 'image/jpeg', buffer: p.bytes })),
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') },
  ])

  // Pages are grouped at the pauses between documents; the shaken page is pointed out.
  const heading = page.getByRole('heading', { level: 2, name: /^Dropped files:/ })
  await expect(heading).toHaveText('Dropped files: 3 documents, 7 pages', { timeout: 60_000 })
  await uploader
  const documents = page.locator('.day-document')
  await expect(documents.nth(1).getByText('Blurred?')).toBeVisible()
  await expect(page.getByText('1 file was not imported')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('review.png') })
  await documents.nth(1).screenshot({ path: testInfo.outputPath('flagged.png') })
  expect(await seriousViolations(page)).toEqual([])

  // Keyboard: S starts a new document at a page; joining puts it back.
  const pageOf = (document: number, n: number) => page.getByRole('region', { name: `Document ${document}` }).getByRole('button', { name: new RegExp(`^Page ${n}: `) })
  await pageOf(1, 2).focus()
  await page.keyboard.press('s')
  await expect(heading).toHaveText('Dropped files: 4 documents, 7 pages')
  await expect(pageOf(2, 1)).toBeFocused()
  await page.getByRole('region', { name: 'Document 2' }).getByRole('button', { name: 'Join with document 1' }).click()
  await expect(heading).toHaveText('Dropped files: 3 documents, 7 pages')

  // Delete leaves a page out; put back, it is a document of its own, and Alt+← carries it into the one before.
  const last = pageOf(3, 2)
  const lastName = await last.getAttribute('aria-label')
  await last.focus()
  await page.keyboard.press('Delete')
  await expect(heading).toHaveText('Dropped files: 3 documents, 6 pages')
  await page.getByRole('region', { name: 'Pages left out' }).getByRole('button', { name: 'Put back' }).click()
  await expect(heading).toHaveText('Dropped files: 4 documents, 7 pages')
  await pageOf(4, 1).focus()
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(heading).toHaveText('Dropped files: 3 documents, 7 pages')
  await expect(pageOf(3, 2)).toHaveAttribute('aria-label', lastName!)

  // Alt+→ within a document swaps two pages.
  const firstName = await pageOf(1, 1).getAttribute('aria-label')
  await pageOf(1, 1).focus()
  await page.keyboard.press('Alt+ArrowRight')
  await expect(pageOf(1, 2)).toHaveAttribute('aria-label', firstName!.replace(/^Page 1/, 'Page 2'))

  await page.getByRole('region', { name: 'Document 3' }).getByLabel('Reference').fill('Box 4, folder 2')
  await page.getByRole('button', { name: 'Make 3 draft findings' }).click()
  await expect(page.getByText('3 draft findings were made')).toBeVisible()

  await page.getByRole('button', { name: 'Open the drafts' }).click()
  const drafts = page.getByRole('region', { name: 'Unsaved drafts' })
  await expect(drafts.getByRole('button', { name: /^Resume/ })).toHaveCount(3)
  await drafts.getByRole('button', { name: 'Resume “Box 4, folder 2”' }).click()
  await expect(page.getByLabel('Reference as written *')).toHaveValue('Box 4, folder 2')
})

test('where the upload worker cannot start, the page sends the photos itself', async ({ page, host }) => {
  test.setTimeout(120_000)
  await page.route('**/uploadWorker*', (route) => route.abort())
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Import a day' }).click()
  await page.getByLabel('Photos and scans to import').setInputFiles(photos.map((p) => ({ name: p.name, mimeType: 'image/jpeg', buffer: p.bytes })))
  await expect(page.getByRole('heading', { level: 2, name: /^Dropped files:/ })).toHaveText('Dropped files: 3 documents, 7 pages', { timeout: 60_000 })
})
