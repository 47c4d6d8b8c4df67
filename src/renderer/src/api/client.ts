import type { Input, Method, Output } from '../../../shared/api/contract'
import { AppError, type ApiResult } from '../../../shared/api/errors'
import type { EventName } from '../../../shared/api/methods'
import type { EventPayload } from '../../../shared/api/events'
import { bridge } from './bridge'

/** A call's value; a failure comes back as an `AppError` with its stable code. */
export function valueOf<M extends Method>(result: ApiResult<unknown>): Output<M> {
  if (!result.ok) throw AppError.fromJSON(result.error)
  return result.value as Output<M>
}

/** Calls one contract method. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  return valueOf<M>(await bridge.call(method, input))
}

/** Subscribes to a contract event; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void {
  return bridge.on(event, handler as (payload: unknown) => void)
}
