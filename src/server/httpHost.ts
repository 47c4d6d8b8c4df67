import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { resolve } from 'node:path'
import type { Dispatch } from '../core/api/dispatch'
import type { EventHub } from '../core/eventHub'
import { AppError, type ApiResult, type ErrorCode } from '../shared/api/errors'
import { MAX_REQUEST_BYTES } from '../shared/api/limits'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import { BodyTooLargeError, decodePath, hasToken, isTrustedHost, readBody } from './requestGuards'
import { openEventStream } from './eventStream'
import { capConnections, DEFAULT_HOST_LIMITS, serverTimeoutOptions, streamGate, type HostLimits } from './hostLimits'
import { serveStatic } from './staticFiles'

export interface HttpHostOptions {
  dispatch: Dispatch
  events: EventHub
  token: string
  /** The built renderer (out/renderer). */
  rendererDir: string
  maxBodyBytes?: number
  /** Timeouts and caps; the defaults suit one user's page (tests shorten them). */
  limits?: Partial<HostLimits>
}

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  'method.unknown': 404,
  'record.not_found': 404,
  'input.invalid': 400,
  'input.malformed_json': 400,
  'input.too_large': 413,
  'auth.unauthorized': 401,
  'auth.forbidden_origin': 403,
  'host.busy': 503,
  internal: 500,
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

/**
 * The browser host: the built renderer and the API (`POST /api/<method>`) on one loopback
 * origin. The port is read from the socket, so `listen(0, '127.0.0.1')` works.
 */
export function createHttpHost(options: HttpHostOptions): Server {
  const rendererDir = resolve(options.rendererDir)
  const limit = options.maxBodyBytes ?? MAX_REQUEST_BYTES
  const limits = { ...DEFAULT_HOST_LIMITS, ...options.limits }
  const streams = streamGate(limits.maxEventStreams)
  const server = createServer(serverTimeoutOptions(limits), (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    handle(req, res).catch((error: unknown) => {
      // A client that hung up mid-body (or was cut off by a timeout) has nothing left to answer.
      if (res.destroyed) return
      console.error('[workbench] request failed', error)
      if (!res.headersSent) sendError(res, new AppError('internal', 'The request failed'))
      else res.end()
    })
  })
  capConnections(server, limits)

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const port = (server.address() as { port: number }).port
    if (!isTrustedHost(req, port)) {
      return sendError(res, new AppError('auth.forbidden_origin', 'Host or Origin is not this loopback server'))
    }
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    if (!path.startsWith('/api/')) {
      if (req.method === 'GET' && (await serveStatic(rendererDir, path, res))) return
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
      return
    }
    if (!hasToken(req, options.token)) {
      return sendError(res, new AppError('auth.unauthorized', 'Missing or wrong API token'))
    }
    if (path === '/api/events' && req.method === 'GET') {
      if (!streams.tryOpen()) return sendError(res, new AppError('host.busy', 'Too many open event streams'))
      return openEventStream(res, options.events, () => streams.close())
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end()
      return
    }
    const input = await readJson(req, limit)
    if (input instanceof AppError) return sendError(res, input)
    const result = await options.dispatch(decodePath(path.slice('/api/'.length)), input)
    sendResult(res, result)
  }

  return server
}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  let body: string
  try {
    body = await readBody(req, limit)
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return new AppError('input.too_large', `Request body is larger than ${limit} bytes`)
    }
    throw error
  }
  if (body.trim() === '') return {}
  try {
    return JSON.parse(body) as unknown
  } catch (error) {
    return new AppError('input.malformed_json', `Request body is not valid JSON: ${(error as Error).message}`)
  }
}

function sendResult(res: ServerResponse, result: ApiResult<unknown>): void {
  const status = result.ok ? 200 : (STATUS_BY_CODE[result.error.code] ?? 400)
  const body = JSON.stringify(result)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(body)
}

function sendError(res: ServerResponse, error: AppError): void {
  sendResult(res, { ok: false, error: error.toJSON() })
}
