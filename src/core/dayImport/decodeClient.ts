import type { Worker } from 'node:worker_threads'
import { spawnWorker } from '../workers/spawnWorker'
import { RefusedFile, type DecodeRequest, type DecodeResponse, type RawPage } from './decodeProtocol'

/**
 * The main-thread side of the decoding thread, started on first use and kept for the import.
 * HEIC and PDF decoding are synchronous WebAssembly and JavaScript: here they cannot freeze the
 * window's thread.
 */
export function createDecoder(workerFile?: string) {
  let worker: Worker | undefined
  let nextId = 1
  const pending = new Map<number, { resolve: (pages: RawPage[]) => void; reject: (error: Error) => void }>()

  function start(): Worker {
    const started = spawnWorker(__dirname, 'decodeWorker', null, workerFile)
    started.on('message', (response: DecodeResponse) => {
      const waiter = pending.get(response.id)
      pending.delete(response.id)
      if (response.ok) waiter?.resolve(response.pages)
      else waiter?.reject(response.refused ? new RefusedFile(response.message) : new Error(response.message))
    })
    const failAll = (error: Error) => {
      worker = undefined
      for (const waiter of pending.values()) waiter.reject(error)
      pending.clear()
    }
    started.on('error', failAll)
    started.on('exit', (code) => failAll(new Error(`The decoding thread stopped (code ${code})`)))
    // An idle decoder must not keep a CLI process alive.
    started.unref()
    return started
  }

  return {
    decode(kind: DecodeRequest['kind'], bytes: Buffer): Promise<RawPage[]> {
      worker ??= start()
      const id = nextId++
      const copy = new Uint8Array(bytes)
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        worker!.ref()
        worker!.postMessage({ id, kind, bytes: copy } satisfies DecodeRequest, [copy.buffer])
      }).finally(() => {
        if (pending.size === 0) worker?.unref()
      }) as Promise<RawPage[]>
    },
    async close(): Promise<void> {
      const current = worker
      worker = undefined
      await current?.terminate()
    },
  }
}

export type Decoder = ReturnType<typeof createDecoder>
