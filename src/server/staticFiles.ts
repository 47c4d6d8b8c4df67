import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { decodePath } from './requestGuards'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
}

/**
 * Serves one file of the built renderer. Paths are resolved inside `root` only; anything that
 * escapes it, or is not a known asset type, is a 404.
 */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<boolean> {
  const relative = urlPath === '/' ? 'index.html' : decodePath(urlPath).replace(/^\/+/, '')
  const file = normalize(join(root, relative))
  const type = CONTENT_TYPES[extname(file)]
  if (!file.startsWith(root + sep) || !type) return false
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile()) return false
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  })
  createReadStream(file).pipe(res)
  return true
}
