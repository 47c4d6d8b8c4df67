import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import { LATEST_SCHEMA_VERSION } from '../core/db/migrations'
import { tempDir } from '../core/testing/tempLibrary'
import { startServer, type RunningServer } from './serve'
import { fakeRendererDir, send } from './testing/rawHttp'

describe('browser host', () => {
  let server: RunningServer
  let auth: Record<string, string>

  beforeAll(async () => {
    server = await startServer({ dataDir: tempDir(), rendererDir: fakeRendererDir() })
    auth = { Authorization: `Bearer ${server.token}` }
  })
  afterAll(() => server.stop())

  it('prints a loopback URL carrying a fresh token in the fragment', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/)
  })

  it('answers 401 without the token and 200 with it', async () => {
    expect((await send(server.port, '/api/app.info')).status).toBe(401)
    expect((await send(server.port, '/api/app.info', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401)
    const ok = await send(server.port, '/api/app.info', { headers: auth })
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { schemaVersion: LATEST_SCHEMA_VERSION } })
  })

  it('answers 403 to a foreign Host or Origin, even with the token (DNS rebinding)', async () => {
    const foreignHost = await send(server.port, '/api/app.info', { headers: { ...auth, Host: 'example.com' } })
    expect(foreignHost.status).toBe(403)
    expect(JSON.parse(foreignHost.body).error.code).toBe('auth.forbidden_origin')
    const foreignOrigin = await send(server.port, '/api/app.info', { headers: { ...auth, Origin: 'http://evil.test' } })
    expect(foreignOrigin.status).toBe(403)
    const localhost = await send(server.port, '/api/app.info', { headers: { ...auth, Host: `localhost:${server.port}` } })
    expect(localhost.status).toBe(200)
  })

  it('answers 400 with a JSON error to a malformed body', async () => {
    const reply = await send(server.port, '/api/settings.set', { headers: auth, body: '{"lastView":' })
    expect(reply.status).toBe(400)
    expect(reply.headers['content-type']).toContain('application/json')
    expect(JSON.parse(reply.body).error.code).toBe('input.malformed_json')
  })

  it('answers 400 naming the field when input fails the contract', async () => {
    const reply = await send(server.port, '/api/settings.set', { headers: auth, body: '{"lastView":"attic"}' })
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body).error).toMatchObject({ code: 'input.invalid', field: 'lastView' })
  })

  it('answers 404 to an unknown method and 413 to an oversized body', async () => {
    expect((await send(server.port, '/api/nope.nope', { headers: auth })).status).toBe(404)
    const huge = JSON.stringify({ pad: 'x'.repeat(17 * 1024 * 1024) })
    const reply = await send(server.port, '/api/app.info', { headers: auth, body: huge })
    expect(reply.status).toBe(413)
  })

  it('serves the built page with the strict CSP, and nothing outside its folder', async () => {
    const page = await send(server.port, '/', { method: 'GET' })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/)
    expect((await send(server.port, '/assets/app.js', { method: 'GET' })).status).toBe(200)
    expect((await send(server.port, '/../package.json', { method: 'GET' })).status).toBe(404)
    expect((await send(server.port, '/%2e%2e/package.json', { method: 'GET' })).status).toBe(404)
  })

  it('pushes core events to a server-sent event stream', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: auth }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString()
          if (text.includes('library.changed')) {
            req.destroy()
            resolve(text)
          }
        })
        res.once('data', () => void send(server.port, '/api/settings.set', { headers: auth, body: '{"sidebarWidth":300}' }))
      })
      req.on('error', reject)
      req.end()
    })
    expect(await received).toContain('event: library.changed\ndata: {"method":"settings.set"}')
  })
})
