import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/api/errors'
import { Repository, RepositorySeed } from '../../shared/model/repository'
import type { Db } from '../db/types'

export interface StoredRepository extends Repository {
  origin: 'bundled' | 'user'
}

/** Reads resources/seed/repositories.json, refusing a malformed file with the field at fault. */
export function loadRepositorySeed(resourcesDir: string): Repository[] {
  const json: unknown = JSON.parse(readFileSync(join(resourcesDir, 'seed', 'repositories.json'), 'utf8'))
  return RepositorySeed.parse(json).repositories
}

/**
 * Bundled repositories are written on every start when they changed; a researcher's own
 * repositories (origin `user`) are never touched, even if a later release ships the same id.
 */
export function createRepositories(db: Db, bundled: readonly Repository[]) {
  const upsertBundled = db.prepare(
    `INSERT INTO repositories (id, origin, name, data) VALUES (?, 'bundled', ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, data = excluded.data
     WHERE repositories.origin = 'bundled' AND repositories.data IS NOT excluded.data`,
  )
  const insertUser = db.prepare("INSERT INTO repositories (id, origin, name, data) VALUES (?, 'user', ?, ?)")
  const selectAll = db.prepare<[], { origin: 'bundled' | 'user'; data: string }>('SELECT origin, data FROM repositories ORDER BY name')
  const selectOne = db.prepare<[string], unknown>('SELECT 1 FROM repositories WHERE id = ?')

  db.transaction(() => {
    for (const repository of bundled) upsertBundled.run(repository.id, repository.name, JSON.stringify(repository))
  })()

  return {
    list(): StoredRepository[] {
      return selectAll.all().map((row) => ({ ...(JSON.parse(row.data) as Repository), origin: row.origin }))
    },
    add(repository: Repository): StoredRepository {
      if (selectOne.get(repository.id)) {
        throw new AppError('record.duplicate', `A repository with id "${repository.id}" already exists`, 'id')
      }
      insertUser.run(repository.id, repository.name, JSON.stringify(repository))
      return { ...repository, origin: 'user' }
    },
  }
}
