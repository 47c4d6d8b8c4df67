import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '../../shared/api/errors'
import { tempDir } from '../testing/tempLibrary'
import { migrate, schemaVersion } from './migrate'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { openDatabase } from './open'
import type { Migration } from './types'

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('migrations', () => {
  const opened: Database.Database[] = []
  afterEach(() => opened.splice(0).forEach((db) => db.close()))

  it('brings a new database to the latest schema in WAL mode with foreign keys on', () => {
    const db = openDatabase(join(tempDir(), 'lib.sqlite'))
    opened.push(db)
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('runs all pending steps in one transaction: a failing step leaves nothing behind', () => {
    const db = new Database(':memory:')
    opened.push(db)
    const steps: Migration[] = [
      { version: 10, name: 'a', up: (d) => d.exec('CREATE TABLE a (x INTEGER)') },
      { version: 20, name: 'b', up: () => { throw new Error('boom') } },
    ]
    expect(() => migrate(db, steps)).toThrow('boom')
    expect(schemaVersion(db)).toBe(0)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'a'").get()).toBeUndefined()
  })

  it('refuses a database written by a newer version and leaves its bytes unchanged', () => {
    const file = join(tempDir(), 'future.sqlite')
    const future = new Database(file)
    future.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)')
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`)
    future.close()
    const before = sha256(file)

    let error: unknown
    try {
      openDatabase(file)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('db.future_version')
    expect((error as AppError).message).toMatch(/newer version/)
    expect(sha256(file)).toBe(before)
  })

  it('refuses migrations listed out of order', () => {
    const db = new Database(':memory:')
    opened.push(db)
    const noop = (): void => undefined
    expect(() =>
      migrate(db, [
        { version: 20, name: 'b', up: noop },
        { version: 10, name: 'a', up: noop },
      ]),
    ).toThrow(/out of order/)
  })
})
