import type { Migration } from '../types'

/**
 * Collections a researcher adds to a repository already in the list (a new fonds at 국사편찬위원회
 * or at a bundled archive). Bundled repositories are rewritten from the shipped file on every
 * start, so the added collections live in their own table, rebuilt from the op log; no foreign
 * key, since a colleague's collection may arrive before the repository it belongs to.
 */
export const repositoryCollections: Migration = {
  version: 950,
  name: 'repository-collections',
  up(db) {
    db.exec(`
      CREATE TABLE repository_collections (
        repository_id TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (repository_id, name)
      ) STRICT;
    `)
  },
}
