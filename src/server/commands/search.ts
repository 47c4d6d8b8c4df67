import type { SearchResults } from '../../shared/api/contract/search'
import { call, UsageError, withCore, type Command } from './command'
import { printRows } from './listing'

const TYPES = ['essay', 'event', 'entity', 'finding']

/** `workbench search QUERY [--json] [--type T[,T]] [--limit N]`: the same search as the app's. */
export const searchCommand: Command = {
  name: 'search',
  usage: 'search QUERY [--json] [--type essay|event|entity|finding[,...]] [--limit N]',
  summary: 'Search essay, events, entities and findings in any script (names expanded across scripts)',
  options: { type: { type: 'string' }, limit: { type: 'string' } },
  run: ({ dataDir, args, flags }) => {
    const query = args.join(' ').trim()
    if (!query) throw new UsageError('search: give the words to search for, e.g. `search 김일성`')
    const types = typeof flags.type === 'string' ? flags.type.split(',') : undefined
    const unknown = types?.find((t) => !TYPES.includes(t))
    if (unknown) throw new UsageError(`--type: "${unknown}" is not one of ${TYPES.join(', ')}`)
    const limit = typeof flags.limit === 'string' ? Number(flags.limit) : 20
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit: must be a whole number from 1 to 100')
    return withCore(dataDir, async (core) => {
      const result = await call<SearchResults>(core, 'search.query', { query, limit, ...(types ? { types } : {}) })
      if (flags.json === true) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
      else
        printRows(result.hits, false, [
          { heading: 'TYPE', cell: (h) => h.type },
          { heading: 'ID', cell: (h) => h.id },
          { heading: 'VIA', cell: (h) => h.matched_alias?.form ?? '' },
          { heading: 'TITLE', cell: (h) => h.title },
        ])
      return 0
    })
  },
}

/** `workbench reindex`: rebuilds the search index and waits, printing progress. */
export const reindexCommand: Command = {
  name: 'reindex',
  usage: 'reindex',
  summary: 'Rebuild the search index from the library (it is a cache; nothing else changes)',
  run: ({ dataDir }) =>
    withCore(dataDir, async (core) => {
      const stop = core.events.subscribe((name, payload) => {
        const p = payload as { phase?: string; done: number; total: number }
        if (name === 'job.progress' && p.phase === 'reindex') process.stderr.write(`reindex: ${p.done}/${p.total}\n`)
      })
      try {
        await call(core, 'search.reindex', {})
        await core.search.settled()
      } finally {
        stop()
      }
      process.stdout.write('Search index rebuilt\n')
      return 0
    }),
}
