import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FindingHistory } from '../../shared/model/history'
import { openTempLibrary, TEST_RESOURCES_DIR, tempDir } from '../../core/testing/tempLibrary'

const ROOT = resolve(__dirname, '..', '..', '..')
const dataDir = tempDir()

function workbench(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args, '--data-dir', dataDir], { cwd: ROOT, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Edits a finding the way the app does (there is no edit command): through the API, on the same folder. */
async function edit(patch: Record<string, unknown>): Promise<void> {
  const library = openTempLibrary({ dataDir })
  const result = await library.dispatch('findings.update', patch)
  await library.close()
  if (!result.ok) throw new Error(result.error.message)
}

// Each case starts the CLI several times (about 1 s each when quiet, far more on a busy machine).
describe('workbench history', { timeout: 120_000 }, () => {
  it('prints each changed field newest first in words, restores an earlier value, and gives JSON', async () => {
    const added = workbench('add', resolve(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'))
    expect(added.code).toBe(0)
    const id = (JSON.parse(added.stdout) as string[])[0]!
    await edit({ id, summary_en: 'A second summary.', confidence: 'confirmed' })
    await edit({ id, summary_en: 'A third summary.' })

    const shown = workbench('history', id)
    expect(shown.code).toBe(0)
    const text = shown.stdout
    expect(text).toContain('History of “Record of conversation between Premier Zhou Enlai')
    const summary = text.slice(text.indexOf('Summary in your words (English)'))
    expect(summary.indexOf('A third summary.')).toBeLessThan(summary.indexOf('A second summary.'))
    expect(summary.indexOf('A second summary.')).toBeLessThan(summary.indexOf('Zhou says the volunteers'))
    expect(text).toContain('Confidence')
    expect(text).toMatch(/Confirmed\n/)
    expect(text).toMatch(/this laptop \(/)
    expect(text).toMatch(/Unchanged since the finding was created: Repository, Reference as written, Pages/)
    expect(text).not.toMatch(/\bsummary_en\b|\bconfidence\b|\bprobable\b/)

    const json = JSON.parse(workbench('history', id, '--json').stdout) as FindingHistory
    const entries = json.fields.find((f) => f.field === 'summary_en')!.entries
    const original = entries.at(-1)!
    expect(text).toContain(original.change.change_id)

    const restored = workbench('history', id, '--restore', original.change.change_id, '--field', 'summary_en')
    expect(restored.code).toBe(0)
    expect(restored.stdout).toContain('restored the earlier value of Summary in your words (English)')
    const after = JSON.parse(workbench('show', id, '--json').stdout) as { finding: { summary_en: string } }
    expect(after.finding.summary_en).toContain('Zhou says the volunteers')
  })

  it('exits 2 with a clear message for an unknown finding, a missing --field or a change that is not there', () => {
    const unknown = workbench('history', '01a2271e-778c-7a70-9ed5-0aeccf7d46e6')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('No finding with id')
    const [row] = JSON.parse(workbench('list', '--json').stdout) as { id: string }[]
    expect(workbench('history', row!.id, '--restore', 'x').stderr).toContain('--restore needs --field')
    const missing = workbench('history', row!.id, '--restore', '0000.0000.x', '--field', 'pages')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("That change is not in this finding's history.")
  })
})
