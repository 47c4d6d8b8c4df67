import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../core/testing/tempLibrary'

const ROOT = resolve(__dirname, '..', '..', '..')
const dataDir = tempDir()

function workbench(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('workbench romanize', () => {
  it('prints every scheme of a title as a table, and as JSON', () => {
    const table = workbench('romanize', '毛泽东', '--lang', 'zh')
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(/Wade-Giles\s+Mao tse tung/)
    const json = JSON.parse(workbench('romanize', '김일성', '--name', '--json').stdout) as { system: string; value: string }[]
    expect(json[0]).toEqual({ system: 'dprk-official', label: 'DPRK official spelling (recorded name)', value: 'Kim Il Sung' })
    expect(json.map((s) => s.value)).toContain('Kim Il-sŏng')
  })

  it('says so when there is nothing to romanize, and refuses an unknown language with exit 2', () => {
    const latin = workbench('romanize', 'Memorandum')
    expect(latin.code).toBe(0)
    expect(latin.stderr).toContain('nothing to romanize')
    const bad = workbench('romanize', '김일성', '--lang', 'jp')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--lang: "jp"')
  })
})
