import { z } from 'zod'
import type { EventName } from './methods'

/** Pushes from the core to every open page, whichever host carries them. */
export const eventContract = {
  /** Something in the library changed; `method` is the call that changed it. */
  'library.changed': z.object({ method: z.string() }),
} as const satisfies Record<EventName, z.ZodType>

export type EventPayload<E extends EventName> = z.output<(typeof eventContract)[E]>
