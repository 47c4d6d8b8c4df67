import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isAppError } from '../../shared/api/errors'
import { createApi, DATABASE_FILE } from '../createApi'
import { SCENARIO_FINDINGS } from '../sync/testing/laptop'
import { openTempLibrary, tempDir, TEST_RESOURCES_DIR } from '../testing/tempLibrary'

const ROOT = resolve(__dirname, '..', '..', '..')
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a9a00000000049454e44ae426082', 'hex')
const mode = (path: string) => statSync(path).mode & 0o777
const isRoot = process.getuid?.() === 0

/** The CLI as a user without write access would run it (root ignores permissions, so it runs as nobody). */
function workbenchWithoutWriteAccess(...args: string[]) {
  const scratch = tempDir()
  chmodSync(scratch, 0o777)
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WORKBENCH_DATA_DIR: '', HOME: scratch, TMPDIR: scratch },
    ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('opening a library folder', () => {
  it('defect 14: a read-only library folder is reported as read-only, not as damaged', async () => {
    // The library sits in a folder of its own, which the user without write access may enter:
    // opening the parent to others must never touch the system's temp folder itself.
    const parent = tempDir()
    const lib = openTempLibrary({ dataDir: join(parent, 'library') })
    await lib.close()
    chmodSync(parent, 0o755)
    chmodSync(lib.dataDir, 0o555)
    for (const name of readdirSync(lib.dataDir)) chmodSync(join(lib.dataDir, name), 0o644)
    const run = workbenchWithoutWriteAccess('info', '--data-dir', lib.dataDir)
    chmodSync(lib.dataDir, 0o700)
    expect(run.code).not.toBe(0)
    expect(run.stderr).toMatch(/read-only|cannot be written|no permission to write/)
    expect(run.stderr).not.toMatch(/damaged|restore/)
  })

  it('defect 14: a library from a newer version is left byte for byte as it was, WAL included', () => {
    const source = tempDir()
    const db = new Database(join(source, DATABASE_FILE))
    db.pragma('journal_mode = WAL')
    db.exec('CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES (\'written by version 9\')')
    db.pragma('user_version = 9999')
    // Copied while the writer is still open: the WAL holds the writes (as after a crash or a copy).
    const dir = tempDir()
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(join(source, DATABASE_FILE + suffix), join(dir, DATABASE_FILE + suffix))
    db.close()
    const before = [DATABASE_FILE, `${DATABASE_FILE}-wal`].map((name) => readFileSync(join(dir, name)))
    expect(before[1]!.length).toBeGreaterThan(0)
    let code = ''
    try {
      createApi({ dataDir: dir, resourcesDir: TEST_RESOURCES_DIR, searchStart: 'onDemand' })
    } catch (error) {
      code = isAppError(error) ? error.code : String(error)
    }
    expect(code).toBe('db.future_version')
    expect([DATABASE_FILE, `${DATABASE_FILE}-wal`].map((name) => readFileSync(join(dir, name)))).toEqual(before)
  })

  it('defect 15: the library folder is private to its owner (0700) and every file in it 0600', async () => {
    const lib = openTempLibrary({ searchStart: 'background' })
    const f = await lib.api['findings.create'](SCENARIO_FINDINGS[0] as Parameters<(typeof lib.api)['findings.create']>[0])
    lib.api['attachments.add']({ finding_id: f.id, name: 'p.png', data_base64: PNG.toString('base64') })
    lib.api['backup.create']({})
    await lib.api['search.query']({ query: 'Zhou', limit: 5, offset: 0 })
    await lib.search.settled()
    expect(mode(lib.dataDir)).toBe(0o700)
    const files: string[] = []
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) {
          expect([path, mode(path)]).toEqual([path, 0o700])
          walk(path)
        } else files.push(path)
      }
    }
    walk(lib.dataDir)
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true)
    expect(files.some((f) => f.includes('search'))).toBe(true)
    for (const file of files) if (existsSync(file)) expect([file, mode(file)]).toEqual([file, 0o600])
    await lib.dispose()
  })
})
