import type { ServerResponse } from 'node:http'
import type { EventHub } from '../core/eventHub'

const KEEPALIVE_MS = 25_000

/**
 * Server-sent events: every core event as `event: <name>` / `data: <json>` until the page leaves;
 * `onClose` runs once when it does.
 */
export function openEventStream(res: ServerResponse, events: EventHub, onClose: () => void): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  })
  res.write(': connected\n\n')
  const unsubscribe = events.subscribe((name, payload) => {
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)
  })
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS)
  // The response's close, not the request's: it fires when the socket goes, whatever the body did.
  res.on('close', () => {
    clearInterval(keepalive)
    unsubscribe()
    onClose()
  })
}
