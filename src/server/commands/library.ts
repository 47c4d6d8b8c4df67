import { checkLibrary } from '../../core/db/check'
import { startServer } from '../serve'
import { call, printJson, UsageError, withCore, type Command } from './command'

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--port N]',
  summary: 'Run the app in your browser on 127.0.0.1 (prints the URL to open)',
  options: { port: { type: 'string' } },
  async run({ dataDir, flags }) {
    const server = await startServer({ dataDir, port: parsePort(flags.port) })
    process.stdout.write(`Reading Room Workbench is open at ${server.url}\n`)
    process.stdout.write(`Library: ${dataDir}\nPress Ctrl+C to stop.\n`)
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve)
      process.once('SIGTERM', resolve)
    })
    await server.stop()
    return 0
  },
}

export const infoCommand: Command = {
  name: 'info',
  usage: 'info',
  summary: "Print the library's version, folder, schema and record counts as JSON",
  run: ({ dataDir }) =>
    withCore(dataDir, async (core) => {
      printJson(await call(core, 'app.info', {}))
      return 0
    }),
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'check',
  summary: "Check the database's integrity, foreign keys and attachment files (exit 1 listing any problem)",
  run: ({ dataDir }) =>
    withCore(dataDir, async (core) => {
      const problems = checkLibrary(core.db, dataDir)
      if (problems.length === 0) {
        process.stdout.write('ok: integrity, foreign keys and attachment files check out\n')
        return 0
      }
      for (const problem of problems) process.stderr.write(`${problem}\n`)
      return 1
    }),
}

function parsePort(text: string | boolean | undefined): number | undefined {
  if (typeof text !== 'string') return undefined
  const port = Number(text)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${text}"`)
  }
  return port
}
