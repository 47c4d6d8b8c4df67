import type { RomanizationSuggestion } from '../../shared/api/contract/romanize'
import { call, UsageError, withCore, type Command } from './command'
import { printRows } from './listing'

const LANGS = ['zh', 'ko', 'ru']

/** `workbench romanize TEXT [--lang ko] [--name] [--json]`: the suggestions the finding editor offers. */
export const romanizeCommand: Command = {
  name: 'romanize',
  usage: 'romanize TEXT [--lang zh|ko|ru] [--name] [--json]',
  summary: 'Romanize a Chinese, Korean or Russian title (or, with --name, a name) in every scheme, offline',
  options: { lang: { type: 'string' }, name: { type: 'boolean' } },
  run: ({ dataDir, args, flags }) => {
    const text = args.join(' ').trim()
    if (!text) throw new UsageError('romanize: give the text to romanize, e.g. `romanize 김일성 --name`')
    const lang = typeof flags.lang === 'string' ? flags.lang : undefined
    if (lang !== undefined && !LANGS.includes(lang)) throw new UsageError(`--lang: "${lang}" is not one of ${LANGS.join(', ')}`)
    return withCore(dataDir, async (core) => {
      const input = { text, kind: flags.name === true ? 'name' : 'title', ...(lang ? { lang } : {}) }
      const suggestions = await call<RomanizationSuggestion[]>(core, 'romanize.suggest', input)
      if (suggestions.length === 0 && flags.json !== true) {
        process.stderr.write('romanize: nothing to romanize (no Chinese, Korean or Russian letters)\n')
        return 0
      }
      printRows(suggestions, flags.json === true, [
        { heading: 'SCHEME', cell: (s) => s.label },
        { heading: 'ROMANIZATION', cell: (s) => s.value },
      ])
      return 0
    })
  },
}
