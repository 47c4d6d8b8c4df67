import { watch, type FSWatcher } from 'node:fs'
import type { TeamStatus } from '../../shared/model/team'
import type { Dispatch } from '../api/dispatch'
import type { EventHub } from '../eventHub'

export interface AutoSyncOptions {
  /** Quiet time after a local edit or a folder change before syncing (edits come in bursts). */
  debounceMs?: number
  /** How often to look at the folder anyway: network drives and some tools raise no file events. */
  pollMs?: number
}

/**
 * Keeps a library in step with its team folder without anyone asking: at start, whenever the
 * folder changes (a watcher, and polling for drives that report nothing), and shortly after
 * local edits. It goes through the host's dispatcher like any caller, so a sync never runs
 * beside another change. Failures (an unplugged stick) are quiet: the next try repeats them,
 * and `team.status` shows what was refused.
 */
export function startTeamAutoSync(host: { dispatch: Dispatch; events: EventHub }, options: AutoSyncOptions = {}) {
  const debounceMs = options.debounceMs ?? 5_000
  let timer: NodeJS.Timeout | undefined
  let watcher: FSWatcher | undefined
  let watchedDir: string | undefined
  let running: Promise<void> | undefined
  let again = false
  let stopped = false

  function schedule(delayMs: number): void {
    if (stopped) return
    clearTimeout(timer)
    timer = setTimeout(() => void run(), delayMs)
    timer.unref()
  }

  async function run(): Promise<void> {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      const status = await host.dispatch('team.status', {})
      const dir = status.ok ? (status.value as TeamStatus).folder?.dir : undefined
      follow(dir)
      if (dir && !stopped) await host.dispatch('team.sync', {})
    })()
    try {
      await running
    } finally {
      running = undefined
      if (again) {
        again = false
        schedule(debounceMs)
      }
    }
  }

  /** Watches the joined folder (recursively where the platform can); polling covers the rest. */
  function follow(dir: string | undefined): void {
    if (dir === watchedDir) return
    watcher?.close()
    watcher = undefined
    watchedDir = dir
    if (!dir) return
    try {
      watcher = watch(dir, { recursive: true, persistent: false }, () => schedule(debounceMs))
      watcher.on('error', () => {
        watcher?.close()
        watcher = undefined
      })
    } catch {
      watcher = undefined
    }
  }

  const unsubscribe = host.events.subscribe((name, payload) => {
    // Its own syncs change the library too; they must not schedule another.
    if (name === 'library.changed' && (payload as { method: string }).method !== 'team.sync') schedule(debounceMs)
  })
  const poll = setInterval(() => schedule(0), options.pollMs ?? 60_000)
  poll.unref()
  schedule(0)

  return {
    /** Syncs now (after any sync already running), e.g. for a "Sync now" button or a test. */
    syncNow: (): Promise<void> => run(),
    async stop(): Promise<void> {
      stopped = true
      clearTimeout(timer)
      clearInterval(poll)
      unsubscribe()
      watcher?.close()
      await running
    },
  }
}
