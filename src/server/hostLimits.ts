import type { Server } from 'node:http'

/**
 * How much one browser host will hold open at once, and how long it waits for a request. The
 * page needs a handful of connections (browsers open at most six per origin) and one event
 * stream per tab; anything far beyond that is a runaway or hostile local client.
 */
export interface HostLimits {
  /** Time allowed to receive a request's headers (slowloris defence). */
  headersTimeoutMs: number
  /** Time allowed to receive a whole request, body included (16 MiB over loopback is fast). */
  requestTimeoutMs: number
  /** How often Node checks open requests against the two timeouts above. */
  timeoutCheckIntervalMs: number
  /** Open sockets beyond this are closed as soon as they are accepted. */
  maxConnections: number
  /** `GET /api/events` streams beyond this are answered 503 `host.busy`. */
  maxEventStreams: number
}

export const DEFAULT_HOST_LIMITS: HostLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  timeoutCheckIntervalMs: 1_000,
  maxConnections: 256,
  maxEventStreams: 32,
}

/** The `http.createServer` options that enforce the limits' timeouts. */
export function serverTimeoutOptions(limits: HostLimits) {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
  }
}

/** Applies the connection cap, which Node sets on the server object rather than in its options. */
export function capConnections(server: Server, limits: HostLimits): void {
  server.maxConnections = limits.maxConnections
}

/** Counts open event streams so a client cannot pin an unbounded number of them. */
export function streamGate(max: number): { tryOpen(): boolean; close(): void } {
  let open = 0
  return {
    tryOpen() {
      if (open >= max) return false
      open++
      return true
    },
    close() {
      open = Math.max(0, open - 1)
    },
  }
}
