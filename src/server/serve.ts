import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createApi, type Core } from '../core/createApi'
import { RENDERER_DIR, RESOURCES_DIR } from './appPaths'
import { createHttpHost } from './httpHost'

export interface ServeOptions {
  dataDir: string
  /** 0 (the default) picks a free port. */
  port?: number
  rendererDir?: string
}

export interface RunningServer {
  url: string
  port: number
  token: string
  core: Core
  stop(): Promise<void>
}

/** Opens the library and serves it on 127.0.0.1 with a fresh token; only loopback can reach it. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`The interface is not built (${rendererDir} has no index.html); run \`npm run build\``)
  }
  const core = createApi({ dataDir: options.dataDir, resourcesDir: RESOURCES_DIR })
  const token = randomBytes(32).toString('base64url')
  const server = createHttpHost({ dispatch: core.dispatch, events: core.events, token, rendererDir })
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    core,
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
      core.close()
    },
  }
}
