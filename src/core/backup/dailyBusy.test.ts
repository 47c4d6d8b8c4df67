import Database from 'better-sqlite3'
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../testing/tempLibrary'
import { backupsFolder, listBackups, takeDailyBackup } from './backup'

const clock = { now: () => new Date('2026-12-06T09:00:00.000Z') }

describe('the daily backup while another program holds the library locked', () => {
  const closing: (() => void)[] = []
  afterEach(() => closing.splice(0).forEach((close) => close()))

  function library(): { db: Database.Database; dataDir: string; file: string } {
    const dataDir = tempDir()
    const file = join(dataDir, 'library.sqlite')
    const db = new Database(file)
    // A rollback journal, so a second connection can hold the file as a program would through any lock.
    db.exec("PRAGMA journal_mode = DELETE; CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('a page')")
    // Told at once that the file is locked: a wait inside SQLite would hold this thread, and the other connection with it.
    db.pragma('busy_timeout = 0')
    closing.push(() => {
      db.close()
      rmSync(dataDir, { recursive: true, force: true })
    })
    return { db, dataDir, file }
  }

  it('waits for the lock and is taken, instead of vanishing as a half-started copy', async () => {
    const { db, dataDir, file } = library()
    const other = new Database(file)
    closing.push(() => other.close())
    other.exec('BEGIN EXCLUSIVE')
    setTimeout(() => other.exec('COMMIT'), 300)
    const taken = await takeDailyBackup(db, dataDir, clock)
    expect(taken).not.toBeNull()
    expect(listBackups(dataDir).map((b) => b.path)).toEqual([taken])
  })

  it('says the library was busy when the lock outlasts its patience, and leaves nothing behind', async () => {
    const { db, dataDir, file } = library()
    const other = new Database(file)
    closing.push(() => other.close())
    other.exec('BEGIN EXCLUSIVE')
    await expect(takeDailyBackup(db, dataDir, clock)).rejects.toThrow(/busy/)
    other.exec('COMMIT')
    expect(listBackups(dataDir)).toEqual([])
    expect(readdirSync(backupsFolder(dataDir))).toEqual([])
  })
})
