import { expect, test } from '../support/fixtures'

test('filter the timeline by Kim Il Sung and 1956-1958, open the August plenum, follow it to the essay', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Timeline' }).click()
  await expect(page.getByRole('application', { name: /Time axis/ })).toBeVisible()
  await expect(page.getByText('119 of 119 in view').or(page.getByText(/ of 119 in view/))).toBeVisible()

  const filters = page.getByRole('form', { name: 'Timeline filters' })
  await filters.getByLabel('Actor').selectOption({ label: 'Kim Il Sung' })
  await filters.getByLabel('From year').fill('1956')
  await filters.getByLabel('To year').fill('1958')
  const list = page.getByRole('region', { name: /^Events \(\d+\)$/ })
  await expect(list.getByRole('button', { name: /August plenum/ })).toBeVisible()
  await expect(list.getByRole('button', { name: /Mukden/ })).toHaveCount(0)
  for (const date of await list.locator('.event-date').allTextContents()) expect(date).toMatch(/195[5-8]/)

  await list.getByRole('button', { name: /August plenum/ }).click()
  const details = page.getByRole('article', { name: /August plenum/ })
  await expect(details).toContainText('1956-08-30 – 1956-08-31')
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
  await page.getByRole('form', { name: 'Timeline filters' }).getByLabel('From year').fill('1956')
  await page.getByRole('form', { name: 'Timeline filters' }).getByLabel('To year').fill('1956')
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
  await form.getByLabel('Language').fill('ko')
  await form.getByLabel('Script').fill('Hani')
  await form.getByRole('button', { name: 'Add name' }).click()
  await expect(names.getByRole('cell', { name: '金首相', exact: true })).toBeVisible()

  await form.getByLabel('Name form').fill('x')
  await form.getByLabel('Language').fill('ko')
  await form.getByLabel('Script').fill('hangul')
  await form.getByRole('button', { name: 'Add name' }).click()
  await expect(form.getByRole('alert')).toContainText('script')
})

test('the essay shows how many events bear on a paragraph and lists them', async ({ page, host }) => {
  await page.goto(host.url)
  const badge = page.getByRole('button', { name: /events bear on paragraph explaining-evolution-p3$/ })
  await expect(badge).toBeVisible()
  await badge.click()
  const popover = page.getByRole('dialog', { name: 'Events bearing on paragraph explaining-evolution-p3' })
  await popover.getByRole('link', { name: /August plenum/ }).click()
  await expect(page.getByRole('article', { name: /August plenum/ })).toBeVisible()
})
