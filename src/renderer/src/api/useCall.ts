import { useEffect, useState } from 'react'
import type { Input, Method, Output } from '../../../shared/api/contract'
import { errorText } from '../i18n/errorText'
import { call } from './client'

export type CallState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'done'; value: T }

/**
 * Runs a read-only call when the component mounts and again whenever `key` changes (`key`
 * stands for the input, so callers need not memoise input objects). Results of superseded
 * calls are dropped. With `sameRecord` (e.g. the record's id when `key` is id and version), a
 * reload of the same record keeps showing the last result until the new one arrives, so a view
 * and what the user was doing in it do not vanish at every change to the library.
 */
export function useCall<M extends Method>(method: M, input: Input<M>, key = '', sameRecord?: string): CallState<Output<M>> {
  const callKey = `${method}\u0000${key}`
  const [settled, setSettled] = useState<{ key: string; record?: string; state: CallState<Output<M>> }>()
  useEffect(() => {
    let current = true
    call(method, input).then(
      (value) => current && setSettled({ key: callKey, record: sameRecord, state: { status: 'done', value } }),
      (error: unknown) => current && setSettled({ key: callKey, record: sameRecord, state: { status: 'error', message: errorText(error) } }),
    )
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callKey stands for method and input
  }, [callKey])
  if (settled?.key === callKey) return settled.state
  const stale = sameRecord !== undefined && settled?.record === sameRecord && settled.state.status === 'done'
  return stale ? settled.state : { status: 'loading' }
}
