import type { Core } from '../../core/createApi'
import type { Repository } from '../../shared/model/repository'
import { call, givenStrings, printJson, UsageError, withCore, type Command } from './command'
import { printRows } from './listing'

type Stored = Repository & { origin: 'bundled' | 'user' }

/** The repository `given` names: its id, or any of its names in any script, ignoring case. */
function repositoryNamed(repositories: readonly Stored[], given: string): Stored | undefined {
  const wanted = given.trim().toLocaleLowerCase()
  return repositories.find((r) => r.id === wanted || [r.name, ...r.names.map((n) => n.form)].some((n) => n.toLocaleLowerCase() === wanted))
}

/**
 * `workbench repositories [list]`, `workbench repositories add NAME [--original-name N]
 * [--city C] [--country CC] [--collection C] [--id ID]` and `workbench repositories
 * add-collection REPOSITORY COLLECTION`: the archives findings can come from, one the bundled list
 * lacks (국사편찬위원회, the National Institute of Korean History), and a new collection at one.
 */
export const repositoriesCommand: Command = {
  name: 'repositories',
  usage:
    'repositories [list] | repositories add NAME [--original-name NAME] [--city CITY] [--country CC] [--collection NAME] [--id ID]' +
    ' | repositories add-collection REPOSITORY COLLECTION (REPOSITORY: its id or any of its names, e.g. 국사편찬위원회)',
  summary: 'List the archives and collections findings can come from, add an archive the list lacks, or a new collection at one (synced to colleagues)',
  options: {
    'original-name': { type: 'string' },
    city: { type: 'string' },
    country: { type: 'string' },
    collection: { type: 'string' },
    id: { type: 'string' },
  },
  run: ({ dataDir, args, flags }) =>
    withCore(dataDir, async (core) => {
      const [action = 'list', ...rest] = args
      if (action === 'list') {
        printRows(await call<Stored[]>(core, 'repositories.list', {}), flags.json === true, [
          { heading: 'ID', cell: (r) => r.id },
          { heading: 'PLACE', cell: (r) => [r.city, r.country].filter(Boolean).join(', ') },
          { heading: 'ADDED BY', cell: (r) => (r.origin === 'user' ? 'you or a colleague' : 'bundled') },
          { heading: 'NAME', cell: (r) => [r.name, ...(r.collections ?? []).map((c) => `  collection: ${c}`)].join('\n') },
        ])
        return 0
      }
      if (action === 'add-collection') return addCollection(core, rest, flags.json === true)
      if (action !== 'add') throw new UsageError(`repositories: "${action}" is not an action; use list, add or add-collection`)
      const name = rest.join(' ').trim()
      if (name === '') throw new UsageError('repositories add: give the repository\'s name, e.g. "National Institute of Korean History"')
      const given = givenStrings(flags, ['original-name', 'city', 'country', 'collection', 'id'])
      const { 'original-name': original, ...others } = given
      const input = { name, ...others, ...(original ? { original_name: original } : {}) }
      const added = await call<Stored>(core, 'repositories.add', input)
      if (flags.json === true) printJson(added)
      else process.stdout.write(`added ${added.name} (id ${added.id})\n`)
      return 0
    }),
}

/** `repositories add-collection REPOSITORY COLLECTION`: the repository by id or by name, then the collection. */
async function addCollection(core: Core, args: string[], json: boolean): Promise<number> {
  const [given = '', ...words] = args
  const collection = words.join(' ').trim()
  if (given.trim() === '' || collection === '') {
    throw new UsageError('repositories add-collection: give the repository (its id or name) and the collection, e.g. repositories add-collection 국사편찬위원회 "RG 242"')
  }
  const repository = repositoryNamed(await call<Stored[]>(core, 'repositories.list', {}), given)
  if (!repository) throw new UsageError(`repositories add-collection: no repository goes by "${given}"; "workbench repositories list" shows them, "repositories add" adds one`)
  const updated = await call<Stored>(core, 'repositories.addCollection', { repository_id: repository.id, collection })
  if (json) printJson(updated)
  else process.stdout.write(`added the collection "${collection}" to ${updated.name}\n`)
  return 0
}
