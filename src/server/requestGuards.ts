import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/**
 * DNS-rebinding defence: a page on another site that resolves its own name to 127.0.0.1 still
 * sends its own Host and Origin, so only our exact loopback names are accepted.
 */
export function isTrustedHost(req: IncomingMessage, port: number): boolean {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`]
  const host = req.headers.host
  if (!host || !allowed.includes(host.toLowerCase())) return false
  const origin = req.headers.origin
  return origin === undefined || allowed.some((name) => origin.toLowerCase() === `http://${name}`)
}

/** Constant-time check of `Authorization: Bearer <token>`. */
export function hasToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? ''
  const match = /^Bearer (.+)$/.exec(header)
  if (!match?.[1]) return false
  const given = Buffer.from(match[1])
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export class BodyTooLargeError extends Error {}

/** Reads a request body, refusing (without buffering further) once it passes `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw new BodyTooLargeError()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw new BodyTooLargeError()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * `decodeURIComponent` that never throws: a malformed escape such as `%E0%A4%A` stays as typed,
 * so it matches no method or file and is answered 404 rather than failing the request.
 */
export function decodePath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
