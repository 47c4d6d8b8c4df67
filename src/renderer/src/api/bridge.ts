import type { ApiResult } from '../../../shared/api/errors'
import type { EventName } from '../../../shared/api/methods'
import { readFileBase64 } from '../features/exports/files'
import type { UploadJob, UploadReply } from './uploadWorker'

/** What a host offers the page: the preload's `window.workbench`, or its HTTP twin. */
export interface Bridge {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>
  on(event: EventName, handler: (payload: unknown) => void): () => void
  /**
   * Calls a method whose input carries `bytes` as `data_base64`, reading and sending them off the
   * page's thread (the browser host); without it, the caller encodes them and uses `call`.
   */
  upload?(method: string, input: Record<string, unknown>, bytes: Blob): Promise<ApiResult<unknown>>
}

declare global {
  interface Window {
    workbench?: Bridge
  }
}

const TOKEN_KEY = 'workbench.token'

/**
 * Browsers let requests outlive their page only up to 64 KiB of body in flight at once, all such
 * requests together (the keepalive quota); past it `fetch` fails outright ("Failed to fetch").
 */
const KEEPALIVE_LIMIT = 60_000

/**
 * The browser host hands the page its token in the URL fragment (never sent over the wire).
 * It is moved to session storage and wiped from the address bar, so reloads keep working and
 * the token does not linger in history.
 */
function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

function httpBridge(): Bridge {
  const token = takeToken()
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
  const handlers = new Map<string, Set<(payload: unknown) => void>>()
  let streaming = false
  /** Body bytes of keepalive requests not yet answered: a call uses keepalive only while they fit the quota. */
  let keepaliveBytes = 0

  async function stream(): Promise<void> {
    const response = await fetch('/api/events', { headers })
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    for (;;) {
      const chunk = await reader?.read()
      if (!chunk || chunk.done) break
      buffer += chunk.value
      const frames = buffer.split('\n\n')
      buffer = frames.pop() ?? ''
      for (const frame of frames) deliver(frame)
    }
  }

  function deliver(frame: string): void {
    const name = /^event: (.+)$/m.exec(frame)?.[1]
    const data = /^data: (.+)$/m.exec(frame)?.[1]
    if (!name || data === undefined) return
    for (const handler of handlers.get(name) ?? []) handler(JSON.parse(data))
  }

  let uploader: Worker | undefined
  /** Set once the worker could not start (or died): the page then sends the pieces itself. */
  let uploaderFailed = false
  let lastUpload = 0
  type Waiting = { job: UploadJob; resolve(result: ApiResult<unknown>): void; reject(error: Error): void }
  const uploads = new Map<number, Waiting>()
  /** Sends a piece from the page's own thread: slower for the page, but sent. */
  const sendHere = ({ job, resolve, reject }: Waiting) =>
    readFileBase64(job.bytes)
      .then((data_base64) => http.call(job.method, { ...job.input, data_base64 }))
      .then(resolve, reject)
  function startUploader(): Worker {
    const worker = new Worker(new URL('./uploadWorker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', ({ data }: MessageEvent<UploadReply>) => {
      const waiting = uploads.get(data.id)
      uploads.delete(data.id)
      // A request that failed fails as the page's own fetch would (errorText words it so).
      if ('failed' in data) waiting?.reject(new TypeError(data.failed))
      else waiting?.resolve(data.result as ApiResult<unknown>)
    })
    worker.addEventListener('error', () => {
      uploaderFailed = true
      for (const waiting of uploads.values()) void sendHere(waiting)
      uploads.clear()
    })
    return worker
  }

  const http: Bridge = {
    upload(method, input, bytes) {
      const job: UploadJob = { id: ++lastUpload, token, method, input, bytes }
      return new Promise((resolve, reject) => {
        const waiting = { job, resolve, reject }
        if (uploaderFailed) return void sendHere(waiting)
        uploader ??= startUploader()
        uploads.set(job.id, waiting)
        uploader.postMessage(job)
      })
    },
    async call(method, input) {
      // Encoded once, here: given the text, fetch would encode it again on this thread, and more
      // slowly (a day's photos sent in pieces spent 4.6 s of the page's thread in fetch's encoding
      // and 1.9 s in this one, counting the bytes).
      const body = new TextEncoder().encode(JSON.stringify(input ?? {}))
      const bytes = body.length
      // keepalive lets a call made while the page unloads (a draft's last words) still arrive;
      // on a slow host many calls are in flight at once, and together they must fit the quota.
      const keepalive = keepaliveBytes + bytes <= KEEPALIVE_LIMIT
      if (keepalive) keepaliveBytes += bytes
      try {
        const response = await fetch(`/api/${encodeURIComponent(method)}`, { method: 'POST', headers, body, keepalive })
        return (await response.json()) as ApiResult<unknown>
      } finally {
        if (keepalive) keepaliveBytes -= bytes
      }
    },
    on(event, handler) {
      if (!streaming) {
        streaming = true
        void stream().catch(() => (streaming = false))
      }
      const set = handlers.get(event) ?? new Set()
      set.add(handler)
      handlers.set(event, set)
      return () => set.delete(handler)
    },
  }
  return http
}

/** The Electron preload's bridge when present, else the browser host's HTTP API. */
export const bridge: Bridge = window.workbench ?? httpBridge()
