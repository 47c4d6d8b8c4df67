import { Agent, request, type ClientRequest } from 'node:http'
import { connect, type Socket } from 'node:net'
import { networkInterfaces } from 'node:os'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { tempDir } from '../core/testing/tempLibrary'
import { startServer, type RunningServer } from './serve'
import { fakeRendererDir, send } from './testing/rawHttp'

/** Short limits so the defences act within a test; the defaults are in hostLimits.ts. */
const LIMITS = { headersTimeoutMs: 400, requestTimeoutMs: 800, timeoutCheckIntervalMs: 100, maxEventStreams: 2 }

/** Resolves with the error code a TCP connection attempt ends in, or 'connected'. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    socket.once('connect', () => {
      socket.destroy()
      resolve('connected')
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
  })
}

/**
 * A slowloris client: writes `head` and then one more byte of `drip` every 100 ms, never
 * finishing. Resolves with what the server wrote once it closes the connection.
 */
function dribble(port: number, head: string, drip: string): Promise<string> {
  return new Promise((resolve) => {
    const socket: Socket = connect({ host: '127.0.0.1', port })
    let received = ''
    let sent = 0
    const timer = setInterval(() => {
      if (!socket.destroyed) socket.write(drip[sent++ % drip.length] ?? 'x')
    }, 100)
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()))
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearInterval(timer)
      resolve(received)
    })
    socket.write(head)
  })
}

/** Opens `GET /api/events` and resolves with its status once the headers arrive. */
function openStream(port: number, token: string): Promise<{ status: number; req: ClientRequest }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/events', headers: { Authorization: `Bearer ${token}` } })
    req.on('response', (res) => {
      res.resume()
      resolve({ status: res.statusCode ?? 0, req })
    })
    req.on('error', reject)
    req.end()
  })
}

describe('browser host under hostile local clients', () => {
  let server: RunningServer
  let auth: Record<string, string>

  beforeAll(async () => {
    server = await startServer({ dataDir: tempDir(), rendererDir: fakeRendererDir(), limits: LIMITS })
    auth = { Authorization: `Bearer ${server.token}` }
  })
  afterAll(() => server.stop())

  it('is bound to 127.0.0.1 only: other loopback and interface addresses are refused', async () => {
    expect(server.address).toBe('127.0.0.1')
    expect(await tryConnect('127.0.0.1', server.port)).toBe('connected')
    // Linux routes all of 127/8 to lo, so 127.0.0.2 reaches this machine but not this socket.
    if (process.platform === 'linux') expect(await tryConnect('127.0.0.2', server.port)).toBe('ECONNREFUSED')
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => i!.address)
    for (const address of others) expect(await tryConnect(address, server.port)).not.toBe('connected')
  })

  it('refuses near-miss tokens: wrong scheme, extra characters, token in the query string', async () => {
    const tries = [
      { headers: { Authorization: `bearer ${server.token}` } },
      { headers: { Authorization: `Bearer ${server.token}x` } },
      { headers: { Authorization: `Bearer ${server.token.slice(0, -1)}` } },
      { headers: { Authorization: `Basic ${server.token}` } },
    ]
    for (const options of tries) expect((await send(server.port, '/api/app.info', options)).status).toBe(401)
    expect((await send(server.port, `/api/app.info?token=${server.token}`)).status).toBe(401)
  })

  it('refuses a null, https or look-alike Origin with 403', async () => {
    for (const origin of ['null', `https://127.0.0.1:${server.port}`, `http://127.0.0.1:${server.port}.evil.test`]) {
      const reply = await send(server.port, '/api/app.info', { headers: { ...auth, Origin: origin } })
      expect(reply.status, origin).toBe(403)
    }
    const rebound = await send(server.port, '/api/app.info', { headers: { ...auth, Host: `127.0.0.1.evil.test:${server.port}` } })
    expect(rebound.status).toBe(403)
  })

  it('answers malformed JSON shapes with 400 and a malformed escape in the path with 404, never 500', async () => {
    for (const body of ['{', '[1,', 'nul', '\u0000', '{"a":1}}']) {
      const reply = await send(server.port, '/api/settings.set', { headers: auth, body })
      expect(reply.status, JSON.stringify(body)).toBe(400)
    }
    expect((await send(server.port, '/api/%E0%A4%A', { headers: auth })).status).toBe(404)
    expect((await send(server.port, '/%E0%A4%A', { method: 'GET' })).status).toBe(404)
  })

  it('refuses a body whose declared length is over the limit before reading it (413)', async () => {
    const reply = await send(server.port, '/api/app.info', {
      headers: { ...auth, 'Content-Length': String(17 * 1024 * 1024) },
      body: '',
    }).catch((error: NodeJS.ErrnoException) => ({ status: error.code }))
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(reply.status)
  })

  it('cuts off a client that sends its headers one byte at a time (408, socket closed)', async () => {
    const head = `POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`
    const written = await dribble(server.port, head, 'X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')
    expect(written).toMatch(/^HTTP\/1\.1 408/)
  })

  it('cuts off a client that sends its body one byte at a time (408, socket closed)', async () => {
    const head =
      `POST /api/settings.set HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
      `Authorization: Bearer ${server.token}\r\nContent-Length: 100000\r\n\r\n`
    const written = await dribble(server.port, head, '{"sidebarWidth":300}')
    expect(written).toMatch(/^HTTP\/1\.1 408/)
  })

  it('answers or cleanly refuses 500 concurrent requests, and keeps serving', async () => {
    const agent = new Agent({ maxSockets: Infinity })
    const outcomes = await Promise.all(
      Array.from({ length: 500 }, () =>
        send(server.port, '/api/app.info', { headers: auth, agent }).then(
          (reply) => String(reply.status),
          (error: NodeJS.ErrnoException) => error.code ?? 'error',
        ),
      ),
    )
    agent.destroy()
    const unexpected = outcomes.filter((o) => !['200', 'ECONNRESET', 'EPIPE'].includes(o))
    expect(unexpected).toEqual([])
    expect(outcomes.filter((o) => o === '200').length).toBeGreaterThan(0)
    expect((await send(server.port, '/api/app.info', { headers: auth })).status).toBe(200)
  })

  it('caps open event streams (503 host.busy) and frees a slot when a page leaves', async () => {
    const first = await openStream(server.port, server.token)
    const second = await openStream(server.port, server.token)
    expect([first.status, second.status]).toEqual([200, 200])
    const refused = await send(server.port, '/api/events', { method: 'GET', headers: auth })
    expect(refused.status).toBe(503)
    expect(JSON.parse(refused.body).error.code).toBe('host.busy')
    first.req.destroy()
    await vi.waitFor(async () => {
      const again = await openStream(server.port, server.token)
      again.req.destroy()
      expect(again.status).toBe(200)
    })
    second.req.destroy()
  })
})
