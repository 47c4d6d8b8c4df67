import type { Repository } from '../../shared/model/repository'
import { call, givenStrings, printJson, UsageError, withCore, type Command } from './command'
import { printRows } from './listing'

type Stored = Repository & { origin: 'bundled' | 'user' }

/**
 * `workbench repositories [list]` and `workbench repositories add NAME [--original-name N]
 * [--city C] [--country CC] [--collection C] [--id ID]`: the archives findings can come from, and
 * one the bundled list lacks (국사편찬위원회, the National Institute of Korean History).
 */
export const repositoriesCommand: Command = {
  name: 'repositories',
  usage: 'repositories [list] | repositories add NAME [--original-name NAME] [--city CITY] [--country CC] [--collection NAME] [--id ID]',
  summary: 'List the archives and collections findings can come from, or add one the list lacks (synced to colleagues)',
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
      if (action !== 'add') throw new UsageError(`repositories: "${action}" is not an action; use list or add`)
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
