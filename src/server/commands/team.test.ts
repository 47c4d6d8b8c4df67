import { spawnSync } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../core/testing/tempLibrary'

const ROOT = resolve(__dirname, '..', '..', '..')

function workbench(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('workbench team', () => {
  it('joins a folder, syncs a finding to a colleague through it, shows where each member stands, and leaves', () => {
    const folder = tempDir('workbench-team-cli-')
    const [anna, boris] = [tempDir(), tempDir()]
    expect(workbench(anna, 'team', 'join', folder, '--name', 'Alliance project').code).toBe(0)
    const finding = resolve(ROOT, 'resources/fixtures/scenario-findings.json')
    const added = spawnSync('sh', ['-c', `node -e 'process.stdout.write(JSON.stringify(require("${finding}")[0]))' | node --import tsx src/server/cli.ts add - --data-dir ${anna}`], { cwd: ROOT, encoding: 'utf8' })
    expect(added.status, added.stderr).toBe(0)
    expect(workbench(anna, 'team', 'sync').stdout).toMatch(/^wrote 000001\.rrsync \(\d+ changes\); imported 0 files/)
    const joined = workbench(boris, 'team', 'join', folder, '--name', 'Alliance project')
    expect(joined.stdout).toMatch(/Team “Alliance project” in [\s\S]*: last file 1 \(1 imported\)/)
    const listed = JSON.parse(workbench(boris, 'list', '--json').stdout) as unknown[]
    expect(listed).toHaveLength(1)
    const status = JSON.parse(workbench(boris, 'team', 'status', '--json').stdout) as { members: { last_file: number }[] }
    expect(status.members.map((m) => m.last_file)).toEqual([1])
    expect(readdirSync(folder)).toHaveLength(2)
    expect(workbench(boris, 'team', 'leave').stdout).toContain('Left the team folder')
    expect(workbench(boris, 'team', 'status').stdout).toContain('in no team folder')
  }, 300_000)

  it('joins an encrypted folder with --passphrase-file, and refuses a library without it by naming the folder', () => {
    const folder = tempDir('workbench-team-cli-')
    const [anna, boris, keys] = [tempDir(), tempDir(), tempDir()]
    const key = join(keys, 'team.txt')
    writeFileSync(key, 'Kaesong talks, July 1951\n')
    expect(workbench(anna, 'team', 'join', folder, '--name', 'Alliance project', '--passphrase-file', key).code).toBe(0)
    expect(workbench(anna, 'team', 'status').stdout).toContain('encrypted with the team passphrase')
    const finding = resolve(ROOT, 'resources/fixtures/scenario-findings.json')
    spawnSync('sh', ['-c', `node -e 'process.stdout.write(JSON.stringify(require("${finding}")[0]))' | node --import tsx src/server/cli.ts add - --data-dir ${anna}`], { cwd: ROOT })
    workbench(anna, 'team', 'sync')
    const refused = workbench(boris, 'team', 'join', folder, '--name', 'Alliance project')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(`The team folder ${folder} is encrypted with a team passphrase`)
    expect(workbench(boris, 'team', 'join', folder, '--name', 'Alliance project', '--passphrase-file', key).code).toBe(0)
    expect(JSON.parse(workbench(boris, 'list', '--json').stdout)).toHaveLength(1)
  }, 300_000)

  it('explains what it needs with exit 2', () => {
    const dataDir = tempDir()
    expect(workbench(dataDir, 'team', 'join', tempDir()).stderr).toContain('give the team a name')
    const missing = workbench(dataDir, 'team', 'join', '/nonexistent/team', '--name', 'X')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('cannot be reached')
    expect(workbench(dataDir, 'team', 'sync').stderr).toContain('join one first')
    expect(workbench(dataDir, 'team', 'dance').code).toBe(2)
  }, 300_000)
})
