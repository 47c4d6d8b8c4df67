import { expect, test } from '../support/fixtures'
import { api } from './syncHelpers'

test('the printed URL opens the essay with its author, date and series', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('THE NATURE OF THE SINO-NORTH KOREAN ALLIANCE')
  await expect(page.getByText('Gregg Brazinsky, George Washington University')).toBeVisible()
  await expect(page.getByText('December 2025', { exact: true })).toBeVisible()
  await expect(page.getByText('China-Russia Security Cooperation in the 2020s:')).toBeVisible()
  // The token moved out of the address bar into session storage.
  expect(page.url()).not.toContain('token=')
})

test('a contents link scrolls to its section and the URL names the anchor', async ({ page, host }) => {
  await page.goto(host.url)
  const contents = page.getByRole('navigation', { name: 'Essay contents' })
  await contents.getByRole('link', { name: 'What explains the nature and evolution of the relationship?' }).click()
  await expect(page).toHaveURL(/#explaining-evolution$/)
  const heading = page.getByRole('heading', { name: 'What explains the nature and evolution of the relationship?' })
  await expect(heading).toBeInViewport()
  await expect(page.locator('#explaining-evolution-p5')).toContainText('Red Guards')
})

test('placeholder links of the source are shown as plain text, not links', async ({ page, host }) => {
  await page.goto(host.url)
  const paragraph = page.locator('#nature-of-alignment-p1')
  await expect(paragraph).toContainText('Patrick McEachern has argued that')
  await expect(paragraph).not.toContainText('](#)')
  await expect(paragraph.getByRole('link', { name: 'argued' })).toHaveCount(0)
})

test('a paragraph anchor in the URL opens the essay at that paragraph after a reload', async ({ page, host }) => {
  await page.goto(host.url)
  await page.goto(`${host.origin}/#security-effects-p4`)
  await expect(page.locator('#security-effects-p4')).toBeInViewport()
  await expect(page.locator('#security-effects-p4')).toContainText('Third Front')
})

test('the last view and pane width come back on the next launch', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Library', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible()
  await expect(page.getByText(host.dataDir)).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible()
  await page.getByRole('button', { name: 'Essay' }).click()
  const splitter = page.getByRole('separator', { name: 'Resize the contents pane' })
  await splitter.focus()
  await page.keyboard.press('ArrowRight')
  await expect(splitter).toHaveAttribute('aria-valuenow', '296')
  await page.reload()
  await expect(page.getByRole('separator', { name: 'Resize the contents pane' })).toHaveAttribute('aria-valuenow', '296')
})

test('the essay’s English keeps narrow apostrophes, in every interface language', async ({ page, host }) => {
  for (const language of ['en', 'ko']) {
    await api(host, 'settings.set', { language })
    await page.goto(host.url)
    await expect(page.locator('article.essay p').first()).toBeVisible()
    // The apostrophe of "Workers’ Party", measured where it stands in the text.
    const width = await page.locator('article.essay').evaluate((article) => {
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('Workers’ Party')
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at + 7)
        range.setEnd(node, at + 8)
        return range.getBoundingClientRect().width / parseFloat(getComputedStyle(node.parentElement!).fontSize)
      }
      return NaN
    })
    // A full-width CJK glyph is 1 em; a Latin serif's apostrophe about a third of that.
    expect(width, language).toBeLessThan(0.6)
  }
})
