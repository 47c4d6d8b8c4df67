import { mkdirSync, writeFileSync } from 'node:fs'
import { request, type Agent } from 'node:http'
import { join } from 'node:path'
import { tempDir } from '../../core/testing/tempLibrary'

export interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

export interface RawRequest {
  method?: string
  headers?: Record<string, string>
  body?: string
  agent?: Agent
}

/** A raw HTTP request, so tests can send the Host and Origin headers a browser would refuse to. */
export function send(port: number, path: string, options: RawRequest = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'POST', headers: options.headers, agent: options.agent },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** A stand-in for the built renderer: an index page and one script asset. */
export function fakeRendererDir(): string {
  const dir = tempDir()
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>')
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)')
  return dir
}
