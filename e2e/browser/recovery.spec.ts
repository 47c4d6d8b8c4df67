import { closeSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { startHost } from '../support/host'
import { api, expect, test } from '../support/fixtures'

test('a damaged library opens on the recovery screen, and restoring the latest backup brings the app back', async ({ page, host }) => {
  await api(host, 'settings.set', { lastView: 'library' })
  await api(host, 'backup.create')
  await host.stop()
  // A stray write over the file's header: SQLite no longer recognises it.
  const fd = openSync(join(host.dataDir, 'library.sqlite'), 'r+')
  writeSync(fd, Buffer.alloc(100, 0xa5), 0, 100, 0)
  closeSync(fd)

  const damaged = await startHost(host.dataDir)
  try {
    await page.goto(damaged.url)
    await expect(page.getByRole('heading', { name: 'The library could not be opened' })).toBeVisible()
    await expect(page.getByText('The library database is damaged; restore a backup to go on.')).toBeVisible()
    await page.getByRole('button', { name: 'Restore the latest backup' }).click()
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible()
    await expect(page.getByRole('cell', { name: 'Before a restore' })).toBeVisible()
  } finally {
    await damaged.stop()
  }
})

test('the Library view backs up now and restores a backup after confirmation', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).click()
  await expect(page.getByText('There are no backups yet.')).toBeVisible()
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByRole('status')).toContainText('Backed up to')
  await expect(page.getByRole('cell', { name: 'Backed up by hand' })).toBeVisible()

  await page.getByRole('button', { name: 'Restore…' }).click()
  await page.getByRole('button', { name: 'Restore this backup' }).click()
  await expect(page.getByRole('cell', { name: 'Before a restore' })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Backed up by hand' })).toBeVisible()
})
