import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEST_RESOURCES_DIR, tempDir } from '../../core/testing/tempLibrary'
import { runWorkbench } from '../testing/cli'

const dataDir = tempDir()

const workbench = (...args: string[]) => runWorkbench([...args, '--data-dir', dataDir])

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
  }, 120_000) // four CLI starts: slow on a busy machine, never a timing assertion

  it('refuses an unknown --type with exit code 2', () => {
    const { code, stderr } = workbench('search', 'Kim', '--type', 'memo')
    expect(code).toBe(2)
    expect(stderr).toContain('--type: "memo"')
  })
})
