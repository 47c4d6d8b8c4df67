import { _electron as electron, expect, test } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { newDataDir, REPO_ROOT } from '../support/host'

/**
 * Electron downloads its binary on first launch; where that cannot happen (offline CI) there is
 * no binary, and this smoke test skips, saying so. Checking path.txt does not trigger a download.
 */
function electronBinary(): string | undefined {
  const dir = join(REPO_ROOT, 'node_modules', 'electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : undefined
}

const binary = electronBinary()

test('the Electron window shows the essay through the sandboxed preload', async () => {
  test.skip(!binary, 'No Electron binary on this machine (it is downloaded on first launch, and this machine is offline)')
  const app = await electron.launch({
    executablePath: binary,
    args: [REPO_ROOT, `--data-dir=${newDataDir()}`],
    cwd: REPO_ROOT,
  })
  const window = await app.firstWindow()
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('THE NATURE OF THE SINO-NORTH KOREAN ALLIANCE')
  const exposed = await window.evaluate(() => Object.keys((window as unknown as { workbench: object }).workbench))
  expect(exposed.sort()).toEqual(['call', 'on'])
  const nodeVisible = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)
  expect(nodeVisible).toBe('undefined')
  await app.close()
})
