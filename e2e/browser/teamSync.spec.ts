import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { REPO_ROOT, startHost, type Host } from '../support/host'
import type { TeamStatus } from '../../src/shared/model/team'
import { team as RU } from '../../src/shared/i18n/messages/ru/team'
import { api, openView } from './syncHelpers'
import { codesOnScreen } from './wordsCheck'

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
  if (passphrase !== 'wrong') await expect(panel).toContainText('Team “Alliance project”, folder:', { timeout: 60_000 })
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

test('the team panel shows, in Russian, a gap, a copy in progress and a refused file, naming nobody by a device id', async ({ browser, laptops }, testInfo) => {
  test.setTimeout(240_000)
  const folder = mkdtempSync(join(tmpdir(), 'workbench-e2e-team-'))
  const anna = (await api<TeamStatus>(laptops.a, 'team.join', { dir: folder, name: 'Alliance project' })).device.deviceId
  const { id } = await api<{ id: string }>(laptops.a, 'findings.create', ZHOU)
  await api(laptops.a, 'team.sync', {})
  for (const summary of ['two', 'three']) {
    await api(laptops.a, 'findings.update', { id, summary_en: summary })
    await api(laptops.a, 'team.sync', {})
  }
  // Anna's laptop goes away, and her second-last file (of three at least) is still on its way: her last one waits for it.
  await laptops.a.stop()
  const annaFiles = readdirSync(join(folder, anna)).filter((name) => /^\d{6}\.rrsync$/.test(name)).sort()
  const gap = annaFiles.at(-2)!
  renameSync(join(folder, anna, gap), join(mkdtempSync(join(tmpdir(), 'workbench-e2e-transit-')), gap))
  // Two colleagues none of whose files can be read: one cut off for an hour, one still being copied.
  const [damaged, copying] = ['c0ffee00c0ffee01', 'c0ffee00c0ffee02']
  for (const member of [damaged, copying]) {
    mkdirSync(join(folder, member))
    writeFileSync(join(folder, member, '000001.rrsync'), 'PK cut off')
  }
  const anHourAgo = new Date(Date.now() - 3_600_000)
  utimesSync(join(folder, damaged, '000001.rrsync'), anHourAgo, anHourAgo)

  await api(laptops.b, 'settings.set', { language: 'ru' })
  await api(laptops.b, 'team.join', { dir: folder, name: 'Alliance project' })
  const page = await browser.newPage()
  await page.goto(laptops.b.url)
  await page.locator('.topbar nav .view-tab').nth(6).click()
  const panel = page.getByRole('region', { name: RU['team.title'] })
  await expect(panel).toContainText(RU['team.why.damaged'], { timeout: 60_000 })
  await expect(panel).toContainText(RU['team.missingFiles'].replace('{{files}}', String(Number(gap.slice(0, 6)))))
  await expect(panel).toContainText(RU['team.unknownColleague'])
  await expect(panel).toContainText(RU['team.beingCopied_one'].replace('{{count, number}}', '1'))
  const text = await panel.innerText()
  for (const code of [anna, damaged, copying, 'Sync file refused']) expect(text).not.toContain(code)
  expect(await codesOnScreen(page)).toEqual([])
  for (const [width, height] of [[1400, 900], [1366, 768]] as const) {
    await page.setViewportSize({ width, height })
    await panel.scrollIntoViewIfNeeded()
    await page.screenshot({ path: testInfo.outputPath(`team-panel-ru-gaps-${width}.png`), fullPage: true })
  }
})
