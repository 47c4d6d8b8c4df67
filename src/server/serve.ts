import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { openLibrarySession, type LibrarySession } from '../core/recovery/session'
import { startTeamAutoSync } from '../core/team/autoSync'
import { RENDERER_DIR, RESOURCES_DIR } from './appPaths'
import type { HostLimits } from './hostLimits'
import { createHttpHost } from './httpHost'

export interface ServeOptions {
  dataDir: string
  /** 0 (the default) picks a free port. */
  port?: number
  rendererDir?: string
  /** Timeouts and caps of the host (tests shorten them). */
  limits?: Partial<HostLimits>
}

export interface RunningServer {
  url: string
  /** The address the socket is bound to, as the OS reports it: always 127.0.0.1. */
  address: string
  port: number
  token: string
  /** The library behind the API; in recovery mode when the library could not be opened. */
  session: LibrarySession
  stop(): Promise<void>
}

/**
 * Opens the library and serves it on 127.0.0.1 with a fresh token; only loopback can reach it.
 * A library that cannot be opened is served in recovery mode (see LibrarySession).
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`The interface is not built (${rendererDir} has no index.html); run \`npm run build\``)
  }
  const session = openLibrarySession({ dataDir: options.dataDir, resourcesDir: RESOURCES_DIR })
  const teamSync = startTeamAutoSync(session)
  const token = randomBytes(32).toString('base64url')
  const server = createHttpHost({ dispatch: session.dispatch, events: session.events, token, rendererDir, limits: options.limits })
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const { address, port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    address,
    port,
    token,
    session,
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
      await teamSync.stop()
      await session.close()
    },
  }
}
