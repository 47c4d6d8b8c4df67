import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEST_RESOURCES_DIR, tempDir } from '../../core/testing/tempLibrary'

const ROOT = resolve(__dirname, '..', '..', '..')
const dataDir = tempDir()

/** Runs the CLI; the timeout fails the test if a search worker kept the process alive. */
function workbench(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('workbench search and reindex', () => {
  it('finds the Chinese-language findings naming 金日成 when asked for 김일성, and rebuilds on request', () => {
    expect(workbench('add', resolve(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json')).code).toBe(0)
    const { code, stdout } = workbench('search', '김일성', '--json', '--type', 'finding', '--limit', '50')
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as { hits: { type: string; matched_alias: { entity_id: string } | null }[]; total: number }
    expect(result.hits.length).toBeGreaterThan(0)
    expect(result.hits.every((h) => h.type === 'finding')).toBe(true)
    expect(result.hits.some((h) => h.matched_alias?.entity_id === 'kim-il-sung')).toBe(true)

    const reindex = workbench('reindex')
    expect(reindex.code).toBe(0)
    expect(reindex.stderr).toMatch(/reindex: \d+\/\d+/)
  })

  it('refuses an unknown --type with exit code 2', () => {
    const { code, stderr } = workbench('search', 'Kim', '--type', 'memo')
    expect(code).toBe(2)
    expect(stderr).toContain('--type: "memo"')
  })
})
