import type { Api } from '../../shared/api/contract'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import type { OpStore } from '../sync/opStore'
import { createDrafts } from './drafts'
import { createFindingIds } from './findingIds'
import { createFindingService } from './findingService'
import { createFindingTimeline } from './findingTimeline'
import { createRepositories, loadRepositorySeed } from './repositories'
import { createRepositoryCollections } from './repositoryCollections'

type FindingsApi = Pick<
  Api,
  | 'findings.create'
  | 'findings.createBatch'
  | 'findings.update'
  | 'findings.get'
  | 'findings.list'
  | 'findings.delete'
  | 'findings.restore'
  | 'findings.tag'
  | 'findings.timeline'
  | 'findings.ids'
  | 'repositories.list'
  | 'repositories.add'
  | 'repositories.addCollection'
  | 'drafts.save'
  | 'drafts.list'
  | 'drafts.discard'
>

/** Seeds the bundled repositories and serves the findings, repositories and drafts methods. */
export function createFindingsApi(db: Db, ops: OpStore, clock: Clock, resourcesDir: string) {
  const repositories = createRepositories(db, loadRepositorySeed(resourcesDir), ops)
  const collections = createRepositoryCollections(db, ops, repositories)
  const findings = createFindingService(db, ops)
  const drafts = createDrafts(db, clock)
  const timeline = createFindingTimeline(db)
  const ids = createFindingIds(db)
  const api: FindingsApi = {
    'findings.create': (input) => findings.create(input),
    'findings.createBatch': ({ findings: batch }) => ({ ids: findings.createBatch(batch).map((f) => f.id) }),
    'findings.update': (patch) => findings.update(patch),
    'findings.get': ({ id }) => {
      const finding = findings.get(id)
      const others = findings.list({ document_id: finding.document_id, limit: 1000 }).items
      return { finding, same_document: others.filter((other) => other.id !== id) }
    },
    'findings.list': (query) => findings.list(query),
    'findings.delete': ({ ids }) => ({ count: findings.delete(ids) }),
    'findings.restore': ({ ids }) => ({ count: findings.restore(ids) }),
    'findings.tag': ({ ids, add, remove }) => ({ count: findings.retag(ids, add, remove) }),
    'findings.timeline': (filter) => timeline(filter),
    'findings.ids': (query) => ({ ids: ids(query) }),
    'repositories.list': () => collections.list(),
    'repositories.add': (repository) => repositories.add(repository),
    'repositories.addCollection': ({ repository_id, collection }) => collections.add(repository_id, collection),
    'drafts.save': (draft) => drafts.save(draft),
    'drafts.list': () => drafts.list(),
    'drafts.discard': ({ id }) => drafts.discard(id),
  }
  return { api, findings, repositories, collections }
}
