import { AppError } from '../../shared/api/errors'
import type { Db, Migration } from './types'

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

export interface MigrateHooks {
  /** Called once, before the first pending step runs, with the version being left (0 for a new file). */
  beforeChange?: (from: number) => void
}

/**
 * Runs every pending migration in one transaction and records the result in `user_version`,
 * so a failure leaves the database exactly as it was. A database written by a newer app
 * version is refused before anything is touched.
 */
export function migrate(db: Db, migrations: readonly Migration[], hooks: MigrateHooks = {}): number {
  assertAscending(migrations)
  const latest = migrations.at(-1)?.version ?? 0
  const current = schemaVersion(db)
  if (current > latest) throw futureVersion(current, latest)
  const pending = migrations.filter((m) => m.version > current)
  if (pending.length === 0) return current
  hooks.beforeChange?.(current)
  db.transaction(() => {
    for (const migration of pending) migration.up(db)
    db.pragma(`user_version = ${latest}`)
    assertForeignKeysHold(db)
  })()
  return latest
}

export function futureVersion(current: number, latest: number): AppError {
  return new AppError(
    'db.future_version',
    `This library was written by a newer version of Reading Room Workbench (schema ${current}; ` +
      `this version knows up to ${latest}). Update the app; the library was not changed.`,
  )
}

function assertAscending(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1]
    if (previous && previous.version >= m.version) {
      throw new Error(`Migrations out of order: ${previous.version} before ${m.version}`)
    }
  })
}

function assertForeignKeysHold(db: Db): void {
  const problems = db.pragma('foreign_key_check') as unknown[]
  if (problems.length > 0) {
    throw new Error(`Migration left ${problems.length} foreign-key violations; rolled back`)
  }
}
