import { describe, expect, it } from 'vitest'
import { tempDir } from '../../core/testing/tempLibrary'
import { runWorkbench } from '../testing/cli'

const dataDir = tempDir()

const workbench = (...args: string[]) => runWorkbench([...args, '--data-dir', dataDir])

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
