import { startServer } from '../serve'

/** `workbench serve`: runs the browser host until interrupted, then closes the library cleanly. */
export async function serveCommand(dataDir: string, port: number | undefined): Promise<number> {
  const server = await startServer({ dataDir, port })
  process.stdout.write(`Reading Room Workbench is open at ${server.url}\n`)
  process.stdout.write(`Library: ${dataDir}\nPress Ctrl+C to stop.\n`)
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await server.stop()
  return 0
}
