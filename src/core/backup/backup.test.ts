import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '../../shared/api/errors'
import type { Clock } from '../clock'
import { DATABASE_FILE } from '../createApi'
import { migrate } from '../db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../db/migrations'
import { openDatabase } from '../db/open'
import { openTempLibrary, tempDir } from '../testing/tempLibrary'
import { BACKUP_RETENTION, backupDatabase, backupsFolder, listBackups, takeDailyBackup } from './backup'
import { restoreLibrary, verifyLibraryFile } from './restore'

/** A clock the test moves by hand. */
function steppingClock(start = '2026-11-29T09:00:00.000Z'): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime()
  return { now: () => new Date(now), advance: (ms) => (now += ms) }
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')
const DAY = 24 * 3600 * 1000

describe('backups', () => {
  const libraries: { dispose(): void }[] = []
  afterEach(() => libraries.splice(0).forEach((l) => l.dispose()))
  function library(clock = steppingClock()) {
    const opened = openTempLibrary({ clock })
    libraries.push(opened)
    return opened
  }

  it('prunes by the order backups were taken: backups made after the clock was set back survive, the first taken go', () => {
    const clock = steppingClock()
    const lib = library(clock)
    for (let i = 0; i < BACKUP_RETENTION.manual; i++) {
      backupDatabase(lib.db, lib.dataDir, 'manual', clock)
      clock.advance(DAY)
    }
    clock.advance(-60 * DAY)
    const setBack = [0, 1, 2].map(() => {
      clock.advance(1000)
      return backupDatabase(lib.db, lib.dataDir, 'manual', clock)
    })
    // Each set-back backup is named older than all twenty earlier ones; none of them is pruned.
    expect(setBack.every((file) => existsSync(file))).toBe(true)
    const listed = listBackups(lib.dataDir).filter((b) => b.reason === 'manual')
    expect(listed).toHaveLength(BACKUP_RETENTION.manual)
    // The list shows them in the order taken, the last first, whatever their clock said.
    expect(listed.slice(0, 3).map((b) => b.path)).toEqual([...setBack].reverse())
    // The three taken first made way for them.
    expect(listed.map((b) => b.created_at)).not.toContain('2026-11-30T09:00:00.000Z')
  })

  it('keeps the newest of each kind within its retention, and lists them newest first with their reason', () => {
    const clock = steppingClock()
    const lib = library(clock)
    for (let i = 0; i < BACKUP_RETENTION.daily + 3; i++) {
      backupDatabase(lib.db, lib.dataDir, 'daily', clock)
      clock.advance(DAY)
    }
    backupDatabase(lib.db, lib.dataDir, 'pre-import', clock)
    const listed = listBackups(lib.dataDir)
    expect(listed.filter((b) => b.reason === 'daily')).toHaveLength(BACKUP_RETENTION.daily)
    expect(listed[0]).toMatchObject({ reason: 'pre-import', created_at: clock.now().toISOString() })
    expect(listed.map((b) => b.created_at)).toEqual([...listed.map((b) => b.created_at)].sort().reverse())
    expect(listed.every((b) => b.bytes > 0 && existsSync(b.path))).toBe(true)
    // Pruning takes the manifests along with their backups.
    expect(readdirSync(backupsFolder(lib.dataDir)).filter((n) => n.endsWith('.json'))).toHaveLength(listed.length)
  })

  it('takes one daily backup per day, on the first open of an existing library that day', async () => {
    const clock = steppingClock()
    const first = library(clock)
    expect(listBackups(first.dataDir)).toEqual([]) // a new library has nothing to back up yet
    first.close()
    const reopened = openTempLibrary({ dataDir: first.dataDir, clock })
    await reopened.backgroundWork
    expect(await takeDailyBackup(reopened.db, reopened.dataDir, clock)).toBeNull()
    clock.advance(DAY)
    expect(await takeDailyBackup(reopened.db, reopened.dataDir, clock)).not.toBeNull()
    reopened.close()
    expect(listBackups(first.dataDir).map((b) => b.reason)).toEqual(['daily', 'daily'])
    expect(verifyLibraryFile(listBackups(first.dataDir)[0]!.path)).toEqual([])
  })

  it('copies in the background: the library answers before the copy is done', async () => {
    const clock = steppingClock()
    const first = library(clock)
    first.close()
    const reopened = openTempLibrary({ dataDir: first.dataDir, clock })
    expect(listBackups(reopened.dataDir)).toEqual([])
    expect((await reopened.dispatch('app.info', {})).ok).toBe(true)
    await reopened.backgroundWork
    expect(listBackups(reopened.dataDir).map((b) => b.reason)).toEqual(['daily'])
    reopened.close()
  })

  it('leaves no half backup when the library closes midway, and takes it on the next launch that day', async () => {
    const clock = steppingClock()
    const first = library(clock)
    first.close()
    const dataDir = first.dataDir
    const quitAtOnce = openTempLibrary({ dataDir, clock })
    quitAtOnce.close()
    await quitAtOnce.backgroundWork
    expect(listBackups(dataDir)).toEqual([])
    expect(readdirSync(backupsFolder(dataDir)).filter((n) => n.endsWith('.partial'))).toEqual([])
    const next = openTempLibrary({ dataDir, clock })
    await next.backgroundWork
    next.close()
    expect(listBackups(dataDir).map((b) => b.reason)).toEqual(['daily'])
  })

  it('records the attachment hashes a backup references', async () => {
    const lib = library()
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db40000000049454e44ae426082', 'hex')
    const created = await lib.dispatch('findings.create', JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'resources', 'fixtures', 'scenario-findings.json'), 'utf8'))[0])
    if (!created.ok) throw new Error(created.error.message)
    const id = (created.value as { id: string }).id
    const added = await lib.dispatch('attachments.add', { finding_id: id, name: 'scan.png', data_base64: png.toString('base64') })
    expect(added.ok).toBe(true)
    const made = await lib.dispatch('backup.create', {})
    expect(made).toMatchObject({ ok: true, value: { reason: 'manual', attachments: 1 } })
  })

  it('backs up before migrating an existing library, and leaves a newer library untouched', () => {
    const dir = tempDir()
    const file = join(dir, DATABASE_FILE)
    const old = new Database(file)
    migrate(old, MIGRATIONS.slice(0, 1))
    old.close()
    openDatabase(file).close()
    const [backup] = listBackups(dir)
    expect(backup?.reason).toBe('pre-migration')
    const copy = new Database(backup!.path, { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(MIGRATIONS[0]!.version)
    copy.close()

    const futureDir = tempDir()
    const future = join(futureDir, DATABASE_FILE)
    const db = new Database(future)
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`)
    db.close()
    const before = sha256(future)
    expect(() => openDatabase(future)).toThrow(/newer version/)
    expect(sha256(future)).toBe(before)
    expect(listBackups(futureDir)).toEqual([])
  })
})

describe('restore', () => {
  it('brings a backup back, keeping the replaced library as pre-restore', async () => {
    const clock = steppingClock()
    const lib = openTempLibrary({ clock })
    await lib.dispatch('settings.set', { sidebarWidth: 300 })
    const backup = backupDatabase(lib.db, lib.dataDir, 'manual', clock)
    await lib.dispatch('settings.set', { sidebarWidth: 500 })
    lib.close()
    clock.advance(1000)
    const result = restoreLibrary({ dataDir: lib.dataDir, databaseFile: join(lib.dataDir, DATABASE_FILE), source: backup, clock })
    expect(result.pre_restore).toMatch(/pre-restore-/)
    expect(existsSync(join(lib.dataDir, `${DATABASE_FILE}-wal`))).toBe(false)
    const reopened = openTempLibrary({ dataDir: lib.dataDir, clock })
    expect((await reopened.dispatch('settings.get', {})) as unknown).toMatchObject({ value: { sidebarWidth: 300 } })
    reopened.dispose()
  })

  it.each([
    ['not a database', (file: string) => writeFileSync(file, 'hello, I am not SQLite'.repeat(100)), /SQLite cannot read it|damaged/],
    ['a database that is not a library', (file: string) => new Database(file).exec('CREATE TABLE x (y)').close(), /not a Reading Room Workbench library/],
    ['a newer library', (file: string) => { const d = new Database(file); d.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`); d.close() }, /newer version/],
  ])('refuses %s and changes nothing', (_name, make, message) => {
    const lib = openTempLibrary()
    lib.close()
    const file = join(lib.dataDir, DATABASE_FILE)
    const before = sha256(file)
    const source = join(tempDir(), 'offered.sqlite')
    make(source)
    let error: unknown
    try {
      restoreLibrary({ dataDir: lib.dataDir, databaseFile: file, source, clock: steppingClock() })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('backup.invalid')
    expect((error as AppError).message).toMatch(message)
    expect(sha256(file)).toBe(before)
    expect(readdirSync(lib.dataDir).filter((n) => n.includes('restoring'))).toEqual([])
  })
})
