import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/api/errors'
import { RepositoryId } from '../../shared/model/findingParts'
import { NewRepository, Repository, RepositorySeed } from '../../shared/model/repository'
import type { Db } from '../db/types'
import { mergeRecord } from '../sync/merge'
import type { OpStore } from '../sync/opStore'
import { idChecker, wholeWhenRequiredSet, type RecordKind } from '../sync/kinds'
import { repositoryFromInput } from './newRepository'

export interface StoredRepository extends Repository {
  origin: 'bundled' | 'user'
}

/** Kind name of the researcher's own repositories in the op log and sync files. */
export const REPOSITORY_KIND = 'repository'

/** The synced fields of a repository: all but its id (the record id) and its collections (a set). */
const RepositoryFields = Repository.omit({ id: true, collections: true })

/** Reads resources/seed/repositories.json, refusing a malformed file with the field at fault. */
export function loadRepositorySeed(resourcesDir: string): Repository[] {
  const json: unknown = JSON.parse(readFileSync(join(resourcesDir, 'seed', 'repositories.json'), 'utf8'))
  return RepositorySeed.parse(json).repositories
}

/**
 * Bundled repositories are written on every start when they changed; a researcher's own
 * repositories (origin `user`) are ops like findings, so they reach every laptop the findings
 * citing them reach, and are rebuilt from those ops. A later release shipping the same id never
 * overwrites a researcher's repository, and a colleague's repository never hides a bundled one.
 */
export function createRepositories(db: Db, bundled: readonly Repository[], ops: OpStore) {
  const upsertBundled = db.prepare(
    `INSERT INTO repositories (id, origin, name, data) VALUES (?, 'bundled', ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, data = excluded.data
     WHERE repositories.origin = 'bundled' AND repositories.data IS NOT excluded.data`,
  )
  const upsertUser = db.prepare(
    `INSERT INTO repositories (id, origin, name, data) VALUES (?, 'user', ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, data = excluded.data WHERE repositories.origin = 'user'`,
  )
  const selectAll = db.prepare<[], { origin: 'bundled' | 'user'; data: string }>('SELECT origin, data FROM repositories ORDER BY name')
  const selectOne = db.prepare<[string], unknown>('SELECT 1 FROM repositories WHERE id = ?')

  db.transaction(() => {
    for (const repository of bundled) upsertBundled.run(repository.id, repository.name, JSON.stringify(repository))
  })()

  function list(): StoredRepository[] {
    return selectAll.all().map((row) => ({ ...(JSON.parse(row.data) as Repository), origin: row.origin }))
  }

  /** Rebuilds a researcher's repository from its ops (a delete removes it). */
  function materialize(id: string): void {
    const history = ops.opsOf(REPOSITORY_KIND, id)
    if (history.length === 0) return
    const merged = mergeRecord(history)
    if (merged.deleted) {
      db.prepare("DELETE FROM repositories WHERE id = ? AND origin = 'user'").run(id)
      return
    }
    const fields = RepositoryFields.parse(merged.values)
    const collections = merged.sets.collections ?? []
    const repository: Repository = { id, ...fields, ...(collections.length > 0 ? { collections } : {}) }
    upsertUser.run(id, repository.name, JSON.stringify(repository))
  }

  return {
    list,
    materialize,
    /** Adds a repository the bundled list lacks; refuses an id or a name already in use. */
    add(input: NewRepository): StoredRepository {
      const { id, collections, ...fields } = repositoryFromInput(NewRepository.parse(input), list())
      if (selectOne.get(id)) {
        throw new AppError('record.duplicate', `A repository with id "${id}" already exists`, 'id')
      }
      db.transaction(() => {
        ops.append(REPOSITORY_KIND, id, { type: 'set', values: RepositoryFields.parse(fields) })
        for (const collection of collections ?? []) {
          ops.append(REPOSITORY_KIND, id, { type: 'add', field: 'collections', element: collection })
        }
        materialize(id)
      })()
      return list().find((r) => r.id === id)!
    },
  }
}

export type Repositories = ReturnType<typeof createRepositories>

/** The researcher's repositories as a synced record kind. */
export function repositoryKind(repositories: Repositories): RecordKind {
  const scalars = RepositoryFields
  return {
    name: REPOSITORY_KIND,
    label: 'repository',
    checkId: idChecker(RepositoryId, 'a repository id (lowercase words joined by hyphens)'),
    fields: {
      scalars,
      sets: { collections: (element) => (element.trim() === '' || element.length > 300 ? 'must be a collection name of 1 to 300 characters' : undefined) },
    },
    checkWhole: wholeWhenRequiredSet(scalars),
    materialize: (id) => repositories.materialize(id),
    title: (id) => repositories.list().find((r) => r.id === id)?.name,
  }
}
