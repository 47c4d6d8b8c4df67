import { spawnSync } from 'node:child_process'
import { closeSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../core/testing/tempLibrary'

const ROOT = resolve(__dirname, '..', '..', '..')

function workbench(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WORKBENCH_DATA_DIR: '' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('workbench backup, backups and restore', () => {
  it('backs up, lists the backups and restores a damaged library from one', () => {
    const dataDir = tempDir()
    expect(workbench(dataDir, 'backup').code).toBe(0)
    const out = join(tempDir(), 'copy.sqlite')
    expect(workbench(dataDir, 'backup', '--out', out)).toMatchObject({ code: 0, stdout: `backed up to ${out}\n` })
    const listed = JSON.parse(workbench(dataDir, 'backups', '--json').stdout) as { reason: string; path: string; bytes: number }[]
    // The second command opened an existing library: that was the day's first launch, so a daily backup too.
    expect(listed.map((b) => b.reason).sort()).toEqual(['daily', 'manual'])
    expect(listed.every((b) => b.bytes > 0)).toBe(true)

    const fd = openSync(join(dataDir, 'library.sqlite'), 'r+')
    writeSync(fd, Buffer.alloc(100, 0xa5), 0, 100, 0)
    closeSync(fd)
    expect(workbench(dataDir, 'info')).toMatchObject({ code: 1, stderr: expect.stringContaining('bring one back with `restore FILE`') })
    // `backups` reads the folder only, so it still works on a damaged library.
    expect(workbench(dataDir, 'backups').stdout).toContain(listed[0]!.path)

    const restored = workbench(dataDir, 'restore', listed[0]!.path)
    expect(restored).toMatchObject({ code: 0, stdout: expect.stringContaining('the library as it was is kept in') })
    expect(workbench(dataDir, 'check')).toMatchObject({ code: 0 })
    expect(workbench(dataDir, 'restore', out).code).toBe(0)
  }, 120_000)

  it('refuses to restore a file that is not a library, and says why', () => {
    const dataDir = tempDir()
    const junk = join(tempDir(), 'notes.txt')
    writeFileSync(junk, 'not a library')
    expect(workbench(dataDir, 'restore', junk)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Cannot restore .*notes\.txt: .*Nothing was changed/),
    })
  })

  it('backs up to a folder with `backup --to` and restores from it, saying what it restored', () => {
    const dataDir = tempDir()
    const drive = tempDir('workbench-drive-')
    const made = workbench(dataDir, 'backup', '--to', drive)
    expect(made).toMatchObject({ code: 0, stdout: expect.stringMatching(/^backed up 0 findings and 0 photos and files to .*workbench-backup-/) })
    const folder = made.stdout.trim().split(' to ').at(-1)!
    expect(workbench(dataDir, 'restore', folder)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/restored .*workbench-backup-[\s\S]*the library now holds 0 findings and 0 photos and files as of 20/),
    })
    rmSync(join(folder, 'backup.json'))
    expect(workbench(dataDir, 'restore', folder)).toMatchObject({ code: 2, stderr: expect.stringMatching(/not a complete .*backup.*Nothing was changed/) })
  }, 120_000)
})
