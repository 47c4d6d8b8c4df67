import { z } from 'zod'
import { AppError } from '../../shared/api/errors'
import { RepositoryId, TEXT_LIMITS } from '../../shared/model/findingParts'
import type { Db } from '../db/types'
import { mergeRecord } from '../sync/merge'
import type { OpStore } from '../sync/opStore'
import { idChecker, type RecordKind } from '../sync/kinds'
import type { Repositories, StoredRepository } from './repositories'

/** Kind name of the collections added to a repository already in the list (record id: the repository's id). */
export const COLLECTION_KIND = 'repository_collection'

/** Why `name` cannot be a collection's name, in words, or undefined. */
function collectionProblem(name: string): string | undefined {
  return name.trim() === '' || name.length > TEXT_LIMITS.shortText ? `must be a collection name of 1 to ${TEXT_LIMITS.shortText} characters` : undefined
}

/**
 * Collections a researcher adds to any repository, bundled or their own: a set per repository in
 * the op log (so colleagues get them with sync and two laptops adding at once keep both), kept in
 * `repository_collections` and listed with the repository's own.
 */
export function createRepositoryCollections(db: Db, ops: OpStore, repositories: Repositories) {
  const byRepository = db.prepare<[], { repository_id: string; name: string }>('SELECT repository_id, name FROM repository_collections ORDER BY rowid')
  const insert = db.prepare('INSERT OR IGNORE INTO repository_collections (repository_id, name) VALUES (?, ?)')

  /** The repositories with the collections added to each after their own. */
  function list(): StoredRepository[] {
    const added = new Map<string, string[]>()
    for (const row of byRepository.all()) added.set(row.repository_id, [...(added.get(row.repository_id) ?? []), row.name])
    return repositories.list().map((repository) => {
      const more = added.get(repository.id)
      if (!more) return repository
      return { ...repository, collections: [...new Set([...(repository.collections ?? []), ...more])] }
    })
  }

  function materialize(repositoryId: string): void {
    const names = mergeRecord(ops.opsOf(COLLECTION_KIND, repositoryId)).sets.collections ?? []
    db.prepare('DELETE FROM repository_collections WHERE repository_id = ?').run(repositoryId)
    for (const name of names) insert.run(repositoryId, name)
  }

  /** Adds a collection to a repository in the list; refuses an unknown repository and a collection it already has. */
  function add(repositoryId: string, collection: string): StoredRepository {
    const name = collection.trim().replace(/\s+/g, ' ')
    const repository = list().find((r) => r.id === repositoryId)
    if (!repository) {
      throw new AppError('record.not_found', `There is no repository with id "${repositoryId}" in the list; add the repository first`, 'repository_id', {
        reason: 'repository.unknown',
        values: { id: repositoryId },
      })
    }
    const same = (repository.collections ?? []).find((c) => c.toLocaleLowerCase() === name.toLocaleLowerCase())
    if (same) throw new AppError('record.duplicate', `"${same}" is already a collection of ${repository.name}`, 'collection', {
      reason: 'collection.duplicate',
      values: { collection: same, name: repository.name },
    })
    db.transaction(() => {
      ops.append(COLLECTION_KIND, repositoryId, { type: 'add', field: 'collections', element: name })
      materialize(repositoryId)
    })()
    return list().find((r) => r.id === repositoryId)!
  }

  return { list, add, materialize }
}

export type RepositoryCollections = ReturnType<typeof createRepositoryCollections>

/** Added collections as a synced record kind: a set only, so any history of it is whole. */
export function repositoryCollectionKind(collections: RepositoryCollections): RecordKind {
  return {
    name: COLLECTION_KIND,
    label: 'collections added to a repository',
    checkId: idChecker(RepositoryId, 'a repository id (lowercase words joined by hyphens)'),
    fields: { scalars: z.strictObject({}), sets: { collections: collectionProblem } },
    checkWhole: () => undefined,
    materialize: (id) => collections.materialize(id),
    title: (id) => collections.list().find((r) => r.id === id)?.name,
  }
}
