import { contract, type Api, type Method } from '../../shared/api/contract'
import { AppError, isAppError, type ApiResult } from '../../shared/api/errors'
import { inputError } from '../../shared/api/validate'
import type { EventHub } from '../eventHub'

export interface DispatchOptions {
  /** Also check every result against the contract (tests turn this on). */
  validateOutput?: boolean
}

export type Dispatch = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>

/**
 * The host edge shared by IPC and HTTP: checks the method name, validates the input against
 * the contract, calls the core and wraps the outcome as data. It never throws.
 */
export function createDispatcher(api: Partial<Api>, events: EventHub, options: DispatchOptions = {}): Dispatch {
  // Changes run one at a time: a long import awaits between chunks inside its transaction,
  // and another change must not slip into (or be rolled back with) that transaction.
  let writes: Promise<unknown> = Promise.resolve()
  const serialized = <T>(work: () => Promise<T>): Promise<T> => {
    const run = writes.then(work, work)
    writes = run.catch(() => undefined)
    return run
  }

  return async (method, input) => {
    if (!isContractMethod(method)) {
      return failure(new AppError('method.unknown', `Unknown method "${String(method)}"`))
    }
    const spec = contract[method]
    const parsed = parseInput(method, spec.input, input)
    if (parsed instanceof AppError) return failure(parsed)
    if (!parsed.success) return failure(inputError(method, parsed.error))
    const mutates = 'mutates' in spec && spec.mutates === true
    const call = api[method] as ((input: unknown) => unknown) | undefined
    if (!call) {
      return failure(new AppError('library.unavailable', `${method} is answered by the app's library session, not by one open library`))
    }
    try {
      const value = await (mutates ? serialized(async () => call(parsed.data)) : call(parsed.data))
      if (options.validateOutput) spec.output.parse(value)
      if (mutates) events.emit('library.changed', { method })
      return { ok: true, value }
    } catch (error) {
      return failure(asAppError(method, error))
    }
  }
}

/**
 * Checks the input against the method's schema. Input nested thousands of levels deep can
 * exhaust the stack inside the check: that is bad input (400), not a failure of the app.
 */
function parseInput(method: Method, schema: (typeof contract)[Method]['input'], input: unknown) {
  try {
    return schema.safeParse(input ?? {})
  } catch (error) {
    if (error instanceof RangeError) return new AppError('input.invalid', `${method}: the input is nested too deeply to check`)
    return asAppError(method, error)
  }
}

function isContractMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

function failure(error: AppError): ApiResult<never> {
  return { ok: false, error: error.toJSON() }
}

function asAppError(method: string, error: unknown): AppError {
  if (isAppError(error)) return error
  const storage = storageError(error)
  if (storage) return storage
  // An unexpected failure is a bug: keep the stack for the developer, give the user the gist.
  console.error(`[workbench] ${method} failed`, error)
  return new AppError('internal', `${method} failed: ${(error as Error)?.message ?? String(error)}`)
}

/**
 * SQLite and the file system report a full disk in their own words; the user gets one clear
 * code. The failed write was a rolled-back transaction (or an unwritten file), so nothing was saved.
 */
function storageError(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('db.full', 'The disk is full; nothing was saved. Free some space and try again.')
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new AppError('db.unreadable', 'The library database is damaged; restart the app to restore a backup.')
  }
  return undefined
}
