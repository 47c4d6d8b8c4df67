import { z } from 'zod'
import type { EventName } from './methods'

/** Pushes from the core to every open page, whichever host carries them. */
export const eventContract = {
  /** Something in the library changed; `method` is the call that changed it. */
  'library.changed': z.object({ method: z.string() }),
  /** Progress of long work (import, export, reindex), `done` of `total` in the named phase. */
  'job.progress': z.object({ job_id: z.string(), phase: z.string(), done: z.number(), total: z.number() }),
  /**
   * The desktop window is about to close: the page writes what is not yet on disk (a draft's last
   * keystrokes), then closes its window itself. Sent by the Electron shell alone; a browser tab
   * writes on `pagehide`.
   */
  'window.closing': z.object({}),
} as const satisfies Record<EventName, z.ZodType>

export type EventPayload<E extends EventName> = z.output<(typeof eventContract)[E]>
