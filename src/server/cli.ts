import { parseArgs, type ParseArgsConfig } from 'node:util'
import { resolveDataDir } from '../core/paths'
import { ApiFailure, EXIT_USAGE, UsageError, type Command } from './commands/command'
import { entitiesCommand, eventsCommand } from './commands/events'
import { backupCommand, backupsCommand, restoreCommand } from './commands/backup'
import { addCommand, deleteCommand, listCommand, showCommand } from './commands/findings'
import { historyCommand } from './commands/history'
import { importRefsCommand } from './commands/exports'
import { checkCommand, infoCommand, serveCommand } from './commands/library'
import { ocrCommand } from './commands/ocr'
import { reindexCommand, searchCommand } from './commands/search'
import { romanizeCommand } from './commands/romanize'
import { conflictsCommand, exportCommand, importCommand, resolveCommand } from './commands/sync'
import { teamCommand } from './commands/team'
import { repositoriesCommand } from './commands/repositories'

/** Every command, in the order help lists them. */
const COMMANDS: readonly Command[] = [
  serveCommand,
  infoCommand,
  checkCommand,
  addCommand,
  listCommand,
  showCommand,
  deleteCommand,
  restoreCommand,
  exportCommand,
  importCommand,
  conflictsCommand,
  resolveCommand,
  importRefsCommand,
  eventsCommand,
  entitiesCommand,
  backupCommand,
  backupsCommand,
  searchCommand,
  reindexCommand,
  historyCommand,
  ocrCommand,
  romanizeCommand,
  teamCommand,
  repositoriesCommand,
]

const GLOBAL_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    'Reading Room Workbench command line',
    '',
    'Usage: npm run --silent workbench -- <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${' '.repeat(width)}  usage: ${c.usage}`),
    '',
    'Options for every command:',
    '  --data-dir DIR  Library folder (default: $WORKBENCH_DATA_DIR, else the OS default)',
    '  --json          Print JSON (list, show, history, events, entities, backups)',
    '  --help          Show this help',
    '',
    'Exit codes: 0 done, 1 failed, 2 the input or the command line needs fixing.',
    '',
  ].join('\n')
}

/** Runs one CLI command and returns its exit code; errors go to stderr. */
export async function runCli(argv: string[]): Promise<number> {
  const options = Object.assign({}, GLOBAL_OPTIONS, ...COMMANDS.map((c) => c.options ?? {}))
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] }
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options }) as typeof parsed
  } catch (error) {
    return fail((error as Error).message, EXIT_USAGE)
  }
  const [name, ...args] = parsed.positionals
  if (parsed.values.help === true || name === undefined || name === 'help') {
    process.stdout.write(help())
    return 0
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) return fail(`Unknown command "${name}"`, EXIT_USAGE)
  const dataDir = resolveDataDir(parsed.values['data-dir'] as string | undefined)
  try {
    return await command.run({ dataDir, args, flags: parsed.values })
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.message, error.exitCode)
    if (error instanceof UsageError) return fail(error.message, EXIT_USAGE)
    throw error
  }
}

function fail(message: string, code: number): number {
  process.stderr.write(`workbench: ${message}\n${code === EXIT_USAGE ? 'Run with --help for usage.\n' : ''}`)
  return code
}

/**
 * Exits once stdout and stderr have handed everything to the OS. Writes to a pipe are
 * asynchronous on POSIX, so an immediate process.exit cut `show --json | wc -c` short.
 */
async function exitAfterFlush(code: number): Promise<never> {
  const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((done) => stream.write('', () => done()))
  await Promise.all([flushed(process.stdout), flushed(process.stderr)])
  process.exit(code)
}

/** Runs the command line and exits with its code (scripts/workbench.cjs calls this from the prebuilt bundle). */
export function main(argv: string[]): void {
  runCli(argv).then(
    (code) => exitAfterFlush(code),
    (error: unknown) => {
      process.stderr.write(`workbench: ${(error as Error).message}\n`)
      return exitAfterFlush(1)
    },
  )
}

if (require.main === module) main(process.argv.slice(2))
