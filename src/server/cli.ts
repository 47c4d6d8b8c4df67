import { parseArgs } from 'node:util'
import { resolveDataDir } from '../core/paths'
import { AppError } from '../shared/api/errors'
import { checkCommand } from './commands/check'
import { entitiesCommand } from './commands/entities'
import { eventsCommand } from './commands/events'
import { infoCommand } from './commands/info'
import { serveCommand } from './commands/serve'

const HELP = `Reading Room Workbench command line

Usage: npm run --silent workbench -- <command> [options]

Commands:
  serve [--port N]   Run the app in your browser on 127.0.0.1 (prints the URL to open)
  info               Print the library's version, folder, schema and record counts as JSON
  check              Check the database's integrity and foreign keys (exit 1 on problems)
  events             List events in date order; filters combine:
      --from Y[-MM[-DD]] --to Y[-MM[-DD]]   events whose span overlaps the range
      --actor ID  --section SLUG  --kind K[,K]  --text WORDS
  entities           List people, states, places…; --type TYPE, --text NAME (any script)

Options:
  --data-dir DIR     Library folder (default: $WORKBENCH_DATA_DIR, else the OS default)
  --json             Print JSON instead of a table (events, entities)
  --help             Show this help
`

/** Runs one CLI command and returns its exit code; errors go to stderr. */
export async function runCli(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        json: { type: 'boolean', default: false },
        from: { type: 'string' },
        to: { type: 'string' },
        actor: { type: 'string' },
        section: { type: 'string' },
        kind: { type: 'string' },
        text: { type: 'string' },
        type: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    return usageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const [command] = positionals
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP)
    return 0
  }
  const dataDir = resolveDataDir(values['data-dir'])
  switch (command) {
    case 'serve':
      return serveCommand(dataDir, parsePort(values.port))
    case 'info':
      return infoCommand(dataDir)
    case 'check':
      return checkCommand(dataDir)
    case 'events': {
      const { json = false, from, to, actor, section, kind, text } = values
      return eventsCommand(dataDir, { json, from, to, actor, section, kind, text })
    }
    case 'entities':
      return entitiesCommand(dataDir, { json: values.json ?? false, type: values.type, text: values.text })
    default:
      return usageError(`Unknown command "${command}"`)
  }
}

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const port = Number(text)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('input.invalid', `--port must be a whole number from 0 to 65535, not "${text}"`, 'port')
  }
  return port
}

function usageError(message: string): number {
  process.stderr.write(`workbench: ${message}\nRun with --help for usage.\n`)
  return 2
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`workbench: ${(error as Error).message}\n`)
      process.exit(1)
    },
  )
}
