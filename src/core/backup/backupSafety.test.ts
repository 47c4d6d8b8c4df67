import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { attachmentPath } from '../attachments/attachmentStore'
import { exchange, laptop, SCENARIO_FINDINGS, type Laptop } from '../sync/testing/laptop'
import { openTempLibrary } from '../testing/tempLibrary'
import { backupsFolder, listBackups } from './backup'
import { verifyLibraryFile } from './restore'

const ROOT = resolve(__dirname, '..', '..', '..')
const [s1, , , , , s3] = SCENARIO_FINDINGS
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a9a00000000049454e44ae426082', 'hex')

/** Starts a process that backs the library up, and SIGKILLs it as soon as any backup file appears. */
function killMidBackup(dataDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/core/backup/testing/backupWriter.ts', dataDir], { cwd: ROOT })
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', () => {
      timer ??= setInterval(() => {
        if (existsSync(backupsFolder(dataDir)) && readdirSync(backupsFolder(dataDir)).length > 0) child.kill('SIGKILL')
      }, 1)
    })
    child.on('exit', () => {
      clearInterval(timer)
      done()
    })
    child.on('error', fail)
  })
}

describe('backups that a crash or a failed import cannot spoil', () => {
  const opened: Laptop[] = []
  const track = (l: Laptop) => (opened.push(l), l)
  afterEach(() => opened.splice(0).forEach((l) => l.dispose()))

  it('defect 8: failed imports write no backup, rotate no good one out, and leave no attachment file', async () => {
    const [a, b] = [track(laptop()), track(laptop())]
    await a.call('findings.create', s1)
    const good = await exchange(a, b, b.deviceId)
    expect(good.backup).toBeDefined()
    const f = await a.call<{ id: string }>('findings.create', s3)
    const { sha256 } = await a.call<{ sha256: string }>('attachments.add', { finding_id: f.id, name: 'p1.png', data_base64: PNG.toString('base64') })
    // Something makes the apply fail after planning (here a broken row only a bug could leave).
    b.library.db.pragma('foreign_keys = OFF')
    b.library.db.prepare("INSERT INTO finding_tags (finding_id, tag) VALUES ('no-such-finding', 'x')").run()
    b.library.db.pragma('foreign_keys = ON')
    const file = await a.exportFor(b.deviceId)
    for (let i = 0; i < 6; i++) await expect(b.importFile(file)).rejects.toThrow(/refers to a missing/)
    expect(listBackups(b.dataDir).map((x) => x.path)).toEqual([good.backup])
    expect(existsSync(attachmentPath(b.dataDir, sha256))).toBe(false)
  })

  it('defect 9: a backup killed midway is never listed as a backup, and its leftovers go at the next start', async () => {
    const lib = openTempLibrary()
    // About 40 MB, so the copy takes long enough to be caught in the middle.
    lib.db.exec('CREATE TABLE filler (b BLOB)')
    lib.db.prepare('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) INSERT INTO filler (b) SELECT randomblob(1048576) FROM n').run()
    await lib.close()
    await killMidBackup(lib.dataDir)
    // Whatever is listed is a whole library: a 0-byte or half file would fail here.
    for (const backup of listBackups(lib.dataDir)) {
      expect(() => verifyLibraryFile(backup.path)).not.toThrow()
      const db = new Database(backup.path, { readonly: true })
      expect(db.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 40 })
      db.close()
    }
    const leftover = join(backupsFolder(lib.dataDir), 'manual-2026-12-01T09-00-00-000Z.sqlite.partial')
    writeFileSync(leftover, 'half a backup')
    const reopened = openTempLibrary({ dataDir: lib.dataDir })
    expect(existsSync(leftover)).toBe(false)
    expect(readdirSync(backupsFolder(lib.dataDir)).filter((n) => !/\.sqlite(\.json)?$/.test(n))).toEqual([])
    await reopened.dispose()
  }, 60_000)
})
