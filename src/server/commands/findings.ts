import { readFileSync } from 'node:fs'
import type { Finding } from '../../shared/model/finding'
import type { Core } from '../../core/createApi'
import type { FindingFilter, FindingPage, FindingSummary } from '../../shared/model/findingList'
import { call, printJson, UsageError, withCore, type Command, type CommandContext } from './command'
import { understandListFlags } from './listFilters'
import { printRows } from './listing'

const PAGE = 1000

/** Reads JSON from a file or from standard input (`-`), naming the file when it is not JSON. */
function readJsonArgument(path: string | undefined): unknown {
  if (!path) throw new UsageError('give a JSON file, or - to read standard input')
  const text = readFileSync(path === '-' ? 0 : path, 'utf8')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UsageError(`${path === '-' ? 'standard input' : path} is not valid JSON: ${(error as Error).message}`)
  }
}

export const addCommand: Command = {
  name: 'add',
  usage: 'add FILE|-',
  summary: 'Add one finding or an array of them (JSON with archival-model §3.2 field names); prints the new ids',
  run: ({ dataDir, args }) =>
    withCore(dataDir, async (core) => {
      const json = readJsonArgument(args[0])
      const findings = Array.isArray(json) ? json : [json]
      printJson((await call<{ ids: string[] }>(core, 'findings.createBatch', { findings })).ids)
      return 0
    }),
}

/** `--from 1956` means 1956-01-01 and `--to 1956` 1956-12-31; months work the same way. */
function dayBound(value: string | boolean | undefined, end: boolean): string | undefined {
  if (typeof value !== 'string') return undefined
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  if (/^\d{4}$/.test(value)) return end ? `${value}-12-31` : `${value}-01-01`
  const month = /^(\d{4})-(\d{2})$/.exec(value)
  if (month) return end ? new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).toISOString().slice(0, 10) : `${value}-01`
  throw new UsageError(`--${end ? 'to' : 'from'} must be YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`)
}

function listFilter(flags: CommandContext['flags']): Record<string, unknown> {
  const filter: Record<string, unknown> = {
    date_from: dayBound(flags.from, false),
    date_to: dayBound(flags.to, true),
    tag: flags.tag,
    confidence: flags.confidence,
    has_conflicts: flags.conflicts === true ? true : undefined,
    deleted: flags.trash === true ? true : undefined,
    text: flags.text,
  }
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined))
}

/** Every finding a filter selects, page by page. */
async function allPages(core: Core, filter: FindingFilter): Promise<FindingSummary[]> {
  const rows: FindingSummary[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await call<FindingPage>(core, 'findings.list', { ...filter, offset, limit: PAGE })
    rows.push(...page.items)
    if (rows.length >= page.total || page.items.length === 0) return rows
  }
}

/** Document date order (undated last), as `findings.list` gives it, for rows gathered by several filters. */
function byDocumentDate(a: FindingSummary, b: FindingSummary): number {
  if (a.date_start !== b.date_start) return a.date_start === null ? 1 : b.date_start === null ? -1 : a.date_start < b.date_start ? -1 : 1
  return 0
}

export const listCommand: Command = {
  name: 'list',
  usage:
    'list [--json] [--repository NAME] [--language NAME] [--from Y] [--to Y] [--tag T] [--section TITLE] [--stance WORD] [--confidence C] [--conflicts] [--trash] [--text WORDS]',
  summary:
    'List findings by document date, filtered; filters take names as the app shows them (--language Korean, ' +
    '--repository 국사편찬위원회, --section "Change over time") or codes, and a value not understood is named',
  options: {
    repository: { type: 'string' },
    language: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    tag: { type: 'string' },
    section: { type: 'string' },
    stance: { type: 'string' },
    confidence: { type: 'string' },
    conflicts: { type: 'boolean' },
    trash: { type: 'boolean' },
    text: { type: 'string' },
  },
  run: ({ dataDir, flags }) =>
    withCore(dataDir, async (core) => {
      const filters = await understandListFlags(core, flags, listFilter(flags) as FindingFilter)
      const rows: FindingSummary[] = []
      for (const filter of filters) rows.push(...(await allPages(core, filter)))
      if (filters.length > 1) rows.sort(byDocumentDate)
      printRows(rows, flags.json === true, [
        { heading: 'DATE', cell: (f) => f.doc_date },
        { heading: 'ID', cell: (f) => f.id },
        { heading: 'REPOSITORY', cell: (f) => f.repository_id },
        { heading: 'TITLE', cell: (f) => f.title + (f.conflict_count > 0 ? ` [${f.conflict_count} conflict]` : '') },
      ])
      return 0
    }),
}

export const showCommand: Command = {
  name: 'show',
  usage: 'show ID [--json]',
  summary: 'Show one finding and the other findings on the same document',
  run: ({ dataDir, args, flags }) =>
    withCore(dataDir, async (core) => {
      const shown = await call<{ finding: Finding; same_document: FindingSummary[] }>(core, 'findings.get', { id: args[0] ?? '' })
      if (flags.json === true) printJson(shown)
      else process.stdout.write(describe(shown.finding, shown.same_document))
      return 0
    }),
}

function describe(finding: Finding, sameDocument: FindingSummary[]): string {
  const lines = [
    finding.title_or_description,
    `${finding.repository_id}  ${finding.reference_raw}${finding.pages ? `, ${finding.pages}` : ''}`,
    `date ${finding.doc_date}${finding.doc_date_as_written ? ` (written ${finding.doc_date_as_written})` : ''}  ${finding.original_language}  ${finding.doc_type}`,
    '',
    finding.summary_en,
  ]
  for (const other of sameDocument) lines.push(`same document as ${other.id} (${other.title})`)
  if (finding.conflicts.length > 0) lines.push(`${finding.conflicts.length} unresolved conflict(s)`)
  return `${lines.join('\n')}\n`
}

function trashCommand(name: 'delete' | 'restore', summary: string): Command {
  return {
    name,
    usage: `${name} ID [ID...]`,
    summary,
    run: ({ dataDir, args }) =>
      withCore(dataDir, async (core) => {
        if (args.length === 0) throw new UsageError(`give the id of the finding to ${name}`)
        const { count } = await call<{ count: number }>(core, `findings.${name}`, { ids: args })
        process.stdout.write(`${name === 'delete' ? 'moved to the Trash' : 'restored'}: ${count}\n`)
        return 0
      }),
  }
}

export const deleteCommand = trashCommand('delete', 'Move findings to the Trash (restorable; synced as tombstones)')
export const restoreCommand = trashCommand('restore', 'Bring findings back from the Trash')
