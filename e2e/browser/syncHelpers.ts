import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import type { Host } from '../support/host'

/** Calls the host's API as another window of the same library would. */
export async function api<T>(host: Host, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  })
  const result = (await response.json()) as { ok: boolean; value: T; error?: unknown }
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`)
  return result.value
}

export async function openView(page: Page, host: Host, name: RegExp): Promise<void> {
  if (!page.url().startsWith(host.origin)) await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click()
}

const downloads = mkdtempSync(join(tmpdir(), 'workbench-e2e-downloads-'))

/** Makes a sync file in the sync view and returns where the download was saved. */
export async function exportSyncFile(page: Page, options: { passphrase?: string } = {}): Promise<string> {
  const send = page.getByRole('form', { name: 'Send changes' })
  if (options.passphrase) {
    await send.getByLabel('Passphrase', { exact: true }).fill(options.passphrase)
    await send.getByLabel('Passphrase again').fill(options.passphrase)
  }
  const downloading = page.waitForEvent('download')
  await send.getByRole('button', { name: 'Make the sync file' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^workbench-\d{4}-\d{2}-\d{2}-for-all\.rrsync$/)
  const path = join(downloads, `${Date.now()}-${download.suggestedFilename()}`)
  await download.saveAs(path)
  await expect(send.getByRole('status')).toContainText(`Saved ${download.suggestedFilename()}`)
  return path
}
