import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { REPO_ROOT, startHost, type Host } from '../support/host'
import { api } from './syncHelpers'

const [ZHOU] = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]
const FIRST = ZHOU!.summary_en as string
const SECOND = 'Zhou says the volunteers leave in three echelons; Kim agrees the DPRK speaks first.'
const THIRD = 'Zhou says the volunteers leave in three echelons this year; Kim agrees the DPRK statement comes first.'

/** Edits the summary in the finding editor and saves, as a researcher does. */
async function editSummary(page: Page, detail: ReturnType<Page['getByRole']>, summary: string): Promise<void> {
  await detail.getByRole('button', { name: 'Edit', exact: true }).click()
  const editor = page.getByRole('dialog', { name: 'Edit finding' })
  await editor.getByLabel('Summary in your words (English) *').fill(summary)
  await editor.getByRole('button', { name: 'Save finding' }).click()
  await expect(editor).toBeHidden()
  await expect(detail.locator('.detail-field', { hasText: 'Summary' }).locator('dd')).toHaveText(summary)
}

test('edit a finding twice, open its History, restore the first summary, and see it in the detail', async ({ page, host }) => {
  await api(host, 'findings.createBatch', { findings: [ZHOU] })
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Findings' }).click()
  await page.getByRole('grid', { name: 'Findings' }).getByRole('row', { name: /Premier Zhou Enlai/ }).click()
  const detail = page.getByRole('article', { name: /Premier Zhou Enlai/ })
  await editSummary(page, detail, SECOND)
  await editSummary(page, detail, THIRD)

  // The History tab, reached with the keyboard from the Details tab.
  const tabs = detail.getByRole('tablist', { name: 'Finding' })
  await tabs.getByRole('tab', { name: 'Details' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(tabs.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true')
  const panel = detail.getByRole('tabpanel', { name: 'History' })
  const summary = panel.getByRole('region', { name: 'Summary in your words (English)' })
  const entries = summary.getByRole('listitem')
  await expect(entries).toHaveCount(3)
  await expect(entries.nth(0)).toContainText('Current')
  await expect(entries.nth(0)).toContainText('this laptop')
  // The newest text marks the words it added to the one it replaced.
  await expect(entries.nth(0).locator('ins')).toContainText(['this year'])
  await expect(entries.nth(2)).toContainText(FIRST)
  await expect(entries.nth(2)).toContainText('when the finding was created')
  await expect(entries.nth(2)).toContainText(/Replaced by this laptop/)
  await expect(panel).not.toContainText('summary_en')

  await entries.nth(2).getByRole('button', { name: 'Restore this value…' }).click()
  const confirm = entries.nth(2).getByRole('group', { name: /Make this the current value of Summary/ })
  await expect(confirm.getByRole('button', { name: 'Restore this value' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(panel.getByRole('status')).toContainText('Summary in your words (English) holds the earlier value again')
  await expect(entries).toHaveCount(4)
  // The restored text, marked against the one it replaced: the words it brings back are underlined.
  await expect(entries.nth(0)).toContainText('Current')
  await expect(entries.nth(0).locator('ins', { hasText: 'This is no weakening of support' })).toHaveCount(1)
  await expect(entries.nth(1)).toContainText('Earlier')

  await tabs.getByRole('tab', { name: 'Details' }).click()
  await expect(detail.locator('.detail-field', { hasText: 'Summary' }).locator('dd')).toHaveText(FIRST)
})

test('a removed tag is added back from the History, and a restore that breaks a rule says which', async ({ page, host }) => {
  const { ids } = await api<{ ids: string[] }>(host, 'findings.createBatch', { findings: [ZHOU] })
  const id = ids[0]!
  await api(host, 'findings.tag', { ids: [id], add: [], remove: ['1958'] })
  await api(host, 'findings.update', { id, copy_type: 'colleague_copy', provenance_note: 'Photocopy from Dr. Shen', supplied_by: 'Shen Zhihua' })
  await api(host, 'findings.update', { id, copy_type: 'microfilm', provenance_note: '' })
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Findings' }).click()
  const detail = page.getByRole('article', { name: /Premier Zhou Enlai/ })
  await detail.getByRole('tab', { name: 'History' }).click()

  const tags = detail.getByRole('region', { name: 'Tags' })
  const removal = tags.getByRole('listitem').filter({ hasText: 'Removed' }).first()
  await removal.getByRole('button', { name: 'Add it back…' }).click()
  await removal.getByRole('button', { name: 'Add it back' }).click()
  await expect(tags.getByRole('listitem').first()).toContainText('Added')
  await expect(tags.getByRole('listitem').first()).toContainText('1958')

  const copy = detail.getByRole('region', { name: 'Copy type' })
  const colleague = copy.getByRole('listitem').filter({ hasText: 'Copy from a colleague' })
  await colleague.getByRole('button', { name: 'Restore this value…' }).click()
  await colleague.getByRole('button', { name: 'Restore this value' }).click()
  await expect(colleague.getByRole('alert')).toContainText('Say where the copy came from when the copy is “Copy from a colleague”. Change Provenance note first')
  await expect(copy.getByRole('listitem').first()).toContainText('Microfilm')
})

/** Sends every change `from` has to `to`, as a sync file would carry them. */
async function exchange(from: Host, to: Host): Promise<void> {
  const { file_base64 } = await api<{ file_base64: string }>(from, 'sync.export', {})
  await api(to, 'sync.import', { file_base64 })
}

// Each laptop adds its own sentence to the first summary: the sentences read whole in every diff.
const OURS_ADDED = 'Zhou asks for a joint communiqué.'
const THEIRS_ADDED = 'Kim asks that the heavy equipment stay behind.'
const OURS = `${FIRST} ${OURS_ADDED}`
const THEIRS = `${FIRST} ${THEIRS_ADDED}`

test('a conflict resolved by taking the colleague\'s summary shows what was kept and set aside, and the set-aside text comes back', async ({ page, host }) => {
  // Two hosts and two exchanges: slower than one library on a busy machine.
  test.setTimeout(120_000)
  const colleague = await startHost()
  try {
    const { ids } = await api<{ ids: string[] }>(host, 'findings.createBatch', { findings: [ZHOU] })
    const id = ids[0]!
    await exchange(host, colleague)
    await api(host, 'findings.update', { id, summary_en: OURS })
    await api(colleague, 'findings.update', { id, summary_en: THEIRS })
    await exchange(colleague, host)
    const [conflict] = await api<{ id: string }[]>(host, 'conflicts.list', {})
    await api(host, 'conflicts.resolve', { id: conflict!.id, take: 'theirs' })
    const { device } = await api<{ device: { deviceName: string } }>(colleague, 'sync.peers', {})

    await page.goto(host.url)
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Findings' }).click()
    const detail = page.getByRole('article', { name: /Premier Zhou Enlai/ })
    await detail.getByRole('tab', { name: 'History' }).click()
    const summary = detail.getByRole('region', { name: 'Summary in your words (English)' })
    const entries = summary.getByRole('listitem')
    await expect(entries.nth(0)).toContainText('Current')
    await expect(entries.nth(0)).toContainText(`Resolved a conflict: kept the value from ${device.deviceName}; set aside the value from this laptop.`)
    const setAside = entries.filter({ hasText: /^\s*Set aside/ })
    await expect(setAside).toContainText(OURS_ADDED)
    await expect(setAside).toContainText('Set aside when a conflict was resolved by this laptop')
    await expect(entries.filter({ hasText: /^\s*Kept/ })).toContainText(THEIRS_ADDED)
    await expect(summary).not.toContainText(id)

    await entries.nth(0).getByText('Compare the two versions').click()
    const compare = entries.nth(0).getByRole('group', { name: /the base and both sides/ })
    await expect(compare.getByRole('region', { name: /^Kept — / })).toContainText(THEIRS_ADDED)
    await expect(compare.getByRole('region', { name: /^Set aside — this laptop/ })).toContainText(OURS_ADDED)

    await setAside.getByRole('button', { name: 'Restore this value…' }).click()
    await setAside.getByRole('button', { name: 'Restore this value' }).click()
    await expect(summary.getByRole('listitem')).toHaveCount(5)
    await expect(entries.nth(0)).toContainText('Current')
    await detail.getByRole('tab', { name: 'Details' }).click()
    await expect(detail.locator('.detail-field', { hasText: 'Summary' }).locator('dd')).toHaveText(OURS)
  } finally {
    await colleague.stop()
  }
})
