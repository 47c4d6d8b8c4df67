import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Host } from '../support/host'
import { expect, test } from '../support/fixtures'

const [first, second] = JSON.parse(readFileSync(resolve(__dirname, '../../resources/fixtures/scenario-findings.json'), 'utf8')) as object[]
const PNG = '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db40000000049454e44ae426082'

async function api<T>(host: Host, method: string, input: unknown = {}): Promise<T> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  })
  const body = (await response.json()) as { ok: boolean; value: T }
  return body.value
}

test('"Back up to…" a folder with the photos, then restore from it, saying what was restored', async ({ page, host }, testInfo) => {
  // Two backups, a restore that closes and reopens the library, and a reload: slow on a shared machine.
  test.setTimeout(180_000)
  const drive = mkdtempSync(join(tmpdir(), 'workbench-drive-'))
  try {
    const { id } = await api<{ id: string }>(host, 'findings.create', first)
    await api(host, 'attachments.add', { finding_id: id, name: 'fond 5 page 3.png', data_base64: Buffer.from(PNG, 'hex').toString('base64') })
    await api(host, 'settings.set', { lastView: 'library' })

    for (const [width, height] of [[1400, 900], [1366, 768]] as const) {
      await page.setViewportSize({ width, height })
      await page.goto(host.url)
      await page.getByRole('button', { name: 'Back up to…' }).click()
      await page.getByRole('textbox', { name: 'Folder to back up to' }).fill(drive)
      await page.screenshot({ path: testInfo.outputPath(`back-up-to-${width}x${height}.png`) })
      await page.getByRole('button', { name: 'Back up here' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'Backed up' })).toContainText('Backed up 1 finding and 1 photo or file to', { timeout: 15_000 })
    }
    const [backup] = readdirSync(drive).sort()
    expect(backup).toMatch(/^workbench-backup-/)

    // Later work, then a view of its own: the restore must come back to Library with a message.
    await api(host, 'findings.create', second)
    await page.getByRole('button', { name: 'Restore from a backup folder…' }).click()
    await page.getByRole('textbox', { name: 'Backup folder to restore' }).fill(join(drive, backup!))
    await page.getByRole('button', { name: 'Restore this backup' }).click()

    // Closing, checking and reopening the library takes a few seconds on a busy machine.
    await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText(/Restored the backup of .*: the library now holds 1 finding and 1 photo or file\./, { timeout: 30_000 })
    await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeAttached()
    await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeInViewport()
    await page.screenshot({ path: testInfo.outputPath('restored-1366x768.png') })
    await page.setViewportSize({ width: 1400, height: 900 })
    await page.screenshot({ path: testInfo.outputPath('restored-1400x900.png') })
    const listed = await api<{ total: number }>(host, 'findings.list', { offset: 0, limit: 5 })
    expect(listed.total).toBe(1)
  } finally {
    rmSync(drive, { recursive: true, force: true })
  }
})

test('in Russian, "Back up to…", its report and the restore message are in Russian, with a Russian date', async ({ page, host }, testInfo) => {
  test.setTimeout(180_000)
  const drive = mkdtempSync(join(tmpdir(), 'workbench-drive-'))
  try {
    await api(host, 'findings.create', first)
    await api(host, 'settings.set', { lastView: 'library', language: 'ru' })
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Копия в папку…' }).click()
    await page.getByRole('textbox', { name: 'Папка для копии' }).fill(drive)
    await page.getByRole('button', { name: 'Сохранить копию сюда' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'сохранены' })).toContainText('сохранены 1 выписка и 0 снимков или файлов.', { timeout: 15_000 })
    const [backup] = readdirSync(drive)

    await page.getByRole('button', { name: 'Восстановить из папки с копией…' }).click()
    await page.getByRole('textbox', { name: 'Папка с копией для восстановления' }).fill(join(drive, backup!))
    await page.getByRole('button', { name: 'Восстановить эту копию' }).click()
    const said = page.getByRole('status').filter({ hasText: 'Восстановлена копия' })
    await expect(said).toContainText(/Восстановлена копия от \d{1,2} [а-я]+\. \d{4} г\., \d{1,2}:\d{2}: теперь в библиотеке 1 выписка и 0 снимков или файлов\./, { timeout: 30_000 })
    await expect(said).toContainText('«Перед восстановлением»')
    await expect(said).toBeInViewport()
    await page.screenshot({ path: testInfo.outputPath('restored-ru-1366x768.png') })
  } finally {
    rmSync(drive, { recursive: true, force: true })
  }
})
