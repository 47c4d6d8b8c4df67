import type { SearchResults } from '../../shared/api/contract/search'
import { call, UsageError, withCore, type Command } from './command'
import { printRows } from './listing'

const TYPES = ['essay', 'event', 'entity', 'finding']

/** `workbench search QUERY [--json] [--type T[,T]] [--limit N]`: the same search as the app's. */
export const searchCommand: Command = {
  name: 'search',
  usage:
    'search QUERY [--json] [--type essay|event|entity|finding[,...]] [--limit N] [--repository NAME] [--language NAME] ' +
    '[--section TITLE] [--stance WORD] [--tag TAG] [--from Y[-MM[-DD]]] [--to Y[-MM[-DD]]]',
  summary:
    'Search essay, events, entities and findings in any script (names expanded across scripts); filters take names ' +
    '(--language Korean, --repository "Russian Foreign Policy Archive", --section "Change over time") or codes',
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
      const filters = searchFilters(flags)
      const result = await call<SearchResults>(core, 'search.query', { query, limit, ...(types ? { types } : {}), ...(filters ? { filters } : {}) })
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

/** The filter flags as the contract's filters: several values of one flag separated by commas (any of them). */
function searchFilters(flags: Record<string, string | boolean | undefined>): Record<string, unknown> | undefined {
  const list = (flag: string) => (typeof flags[flag] === 'string' ? (flags[flag] as string).split(',').map((v) => v.trim()).filter(Boolean) : undefined)
  const filters = {
    repository: list('repository'),
    language: list('language'),
    sections: list('section'),
    stance: list('stance'),
    tags: list('tag'),
    dateFrom: typeof flags.from === 'string' ? flags.from : undefined,
    dateTo: typeof flags.to === 'string' ? flags.to : undefined,
  }
  const given = Object.entries(filters).filter(([, v]) => v !== undefined && (!Array.isArray(v) || v.length > 0))
  return given.length > 0 ? Object.fromEntries(given) : undefined
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
