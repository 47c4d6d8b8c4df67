import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { REPO_ROOT, startHost, type Host } from '../support/host'
import { api, openView } from './syncHelpers'

const [ZHOU] = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]

const test = base.extend<{ laptops: { a: Host; b: Host } }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixture-object pattern
  laptops: async ({}, use) => {
    const [a, b] = await Promise.all([startHost(), startHost()])
    await use({ a: a!, b: b! })
    await Promise.all([a!.stop(), b!.stop()])
  },
})

async function join_(page: Page, host: Host, folder: string, passphrase = ''): Promise<void> {
  await openView(page, host, /^Sync/)
  const panel = page.getByRole('region', { name: 'Team folder' })
  await panel.getByLabel('Folder').fill(folder)
  await panel.getByLabel('Team name').fill('Alliance project')
  await panel.getByLabel(/Team passphrase/).fill(passphrase)
  await panel.getByRole('button', { name: 'Join the team folder' }).click()
  if (passphrase !== 'wrong') await expect(panel).toContainText('Team Alliance project in', { timeout: 60_000 })
}

test('two laptops join one encrypted team folder in the sync view, and a finding crosses it', async ({ browser, laptops }, testInfo) => {
  // Two hosts, scrypt on every team file, and a machine shared by many: time to spare.
  test.setTimeout(240_000)
  const folder = mkdtempSync(join(tmpdir(), 'workbench-e2e-team-'))
  const [pageA, pageB] = [await browser.newPage(), await browser.newPage()]
  await join_(pageA, laptops.a, folder, 'Panmunjom 1953')
  await api(laptops.a, 'findings.createBatch', { findings: [ZHOU] })
  await pageA.getByRole('region', { name: 'Team folder' }).getByRole('button', { name: 'Sync now' }).click()
  await expect(pageA.getByRole('region', { name: 'Team folder' })).toContainText('everything is written', { timeout: 60_000 })
  // A wrong passphrase: a clear message naming the folder, and the laptop stays out.
  await join_(pageB, laptops.b, folder, 'wrong')
  const panelB = pageB.getByRole('region', { name: 'Team folder' })
  await expect(panelB.getByRole('alert')).toContainText('does not open the files in the team folder', { timeout: 60_000 })
  for (const [width, height] of [[1400, 900], [1366, 768]] as const) {
    await pageB.setViewportSize({ width, height })
    await pageB.screenshot({ path: testInfo.outputPath(`team-wrong-passphrase-${width}.png`) })
  }
  await join_(pageB, laptops.b, folder, 'Panmunjom 1953')
  await expect(panelB).toContainText('encrypted with the team passphrase', { timeout: 60_000 })
  await panelB.getByRole('button', { name: 'Sync now' }).click()
  const members = panelB.getByRole('table', { name: 'Team members' })
  await expect(members.getByRole('row')).toHaveCount(2, { timeout: 60_000 })
  await expect(members).toContainText('number 1', { timeout: 60_000 })
  await panelB.getByRole('button', { name: 'Compact now' }).click()
  await expect(panelB).toContainText('Newest snapshot: written by', { timeout: 60_000 })
  for (const [width, height] of [[1400, 900], [1366, 768]] as const) {
    await pageB.setViewportSize({ width, height })
    await panelB.scrollIntoViewIfNeeded()
    await pageB.screenshot({ path: testInfo.outputPath(`team-panel-${width}.png`), fullPage: true })
  }
  await panelB.getByRole('button', { name: 'Leave the team folder' }).click()
  await expect(panelB.getByRole('button', { name: 'Join the team folder' })).toBeVisible({ timeout: 60_000 })
})
