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

async function join_(page: Page, host: Host, folder: string): Promise<void> {
  await openView(page, host, /^Sync/)
  const panel = page.getByRole('region', { name: 'Team folder' })
  await panel.getByLabel('Folder').fill(folder)
  await panel.getByLabel('Team name').fill('Alliance project')
  await panel.getByRole('button', { name: 'Join the team folder' }).click()
  await expect(panel).toContainText('Team Alliance project in')
}

test('two laptops join one team folder in the sync view, and a finding crosses it', async ({ browser, laptops }) => {
  const folder = mkdtempSync(join(tmpdir(), 'workbench-e2e-team-'))
  const [pageA, pageB] = [await browser.newPage(), await browser.newPage()]
  await join_(pageA, laptops.a, folder)
  await join_(pageB, laptops.b, folder)
  await api(laptops.a, 'findings.createBatch', { findings: [ZHOU] })
  await pageA.getByRole('region', { name: 'Team folder' }).getByRole('button', { name: 'Sync now' }).click()
  await expect(pageA.getByRole('region', { name: 'Team folder' })).toContainText('everything is written')
  const panelB = pageB.getByRole('region', { name: 'Team folder' })
  await panelB.getByRole('button', { name: 'Sync now' }).click()
  const members = panelB.getByRole('table', { name: 'Team members' })
  await expect(members.getByRole('row')).toHaveCount(2)
  await expect(members).toContainText('number 1')
  await pageB.screenshot({ path: join(tmpdir(), 'workbench-team-panel.png'), fullPage: true })
  await panelB.getByRole('button', { name: 'Leave the team folder' }).click()
  await expect(panelB.getByRole('button', { name: 'Join the team folder' })).toBeVisible()
})
