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
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('workbench events and entities', () => {
  it('events --json --actor kim-il-sung --from 1956 --to 1958 lists those years with that actor only', () => {
    const { code, stdout } = workbench('events', '--json', '--actor', 'kim-il-sung', '--from', '1956', '--to', '1958')
    expect(code).toBe(0)
    const events = JSON.parse(stdout) as { id: string; earliest: string; latest: string; actorIds: string[] }[]
    expect(events.map((e) => e.id)).toEqual(expect.arrayContaining(['august-plenum-1956', 'kim-visit-china-1958']))
    for (const e of events) {
      expect(e.actorIds).toContain('kim-il-sung')
      expect(e.latest >= '1956-01-01' && e.earliest <= '1958-12-31').toBe(true)
    }
  })

  it('events --from 1956-09 --to 1956-09 takes the August plenum only with --overlap-days, and refuses a bad N', () => {
    const ids = (...flags: string[]) => {
      const { code, stdout } = workbench('events', '--json', '--from', '1956-09', '--to', '1956-09', ...flags)
      expect(code).toBe(0)
      return (JSON.parse(stdout) as { id: string }[]).map((e) => e.id)
    }
    expect(ids()).toContain('september-plenum-1956')
    expect(ids()).not.toContain('august-plenum-1956')
    expect(ids('--overlap-days', '1', '--coarser')).toContain('august-plenum-1956')
    const bad = workbench('events', '--from', '1956-09', '--overlap-days', 'seven')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('overlapDays')
  })

  it('events --section prints a readable table without --json', () => {
    const { code, stdout } = workbench('events', '--section', 'sources-rok-mofa')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^DATE\s+KIND\s+ID\s+TITLE/)
    expect(stdout).toMatch(/2 rows\n$/)
  })

  it('entities --json lists all 80 entities', () => {
    const { code, stdout } = workbench('entities', '--json')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toHaveLength(80)
  })

  it('exits 2 with a message naming the flag for a malformed year or an unknown actor', () => {
    const badYear = workbench('events', '--from', '19x6')
    expect(badYear.code).toBe(2)
    expect(badYear.stderr).toContain('from')
    const unknown = workbench('events', '--actor', 'kim-il-sng')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('there is no entity "kim-il-sng"')
  })
})
