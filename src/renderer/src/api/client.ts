import type { Input, Method, Output } from '../../../shared/api/contract'
import { AppError } from '../../../shared/api/errors'
import type { EventName } from '../../../shared/api/methods'
import type { EventPayload } from '../../../shared/api/events'
import { bridge } from './bridge'

/** Calls one contract method; a failure comes back as an `AppError` with its stable code. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await bridge.call(method, input)
  if (!result.ok) throw AppError.fromJSON(result.error)
  return result.value as Output<M>
}

/** Subscribes to a contract event; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void {
  return bridge.on(event, handler as (payload: unknown) => void)
}
