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
 * calls are dropped.
 */
export function useCall<M extends Method>(method: M, input: Input<M>, key = ''): CallState<Output<M>> {
  const callKey = `${method}\u0000${key}`
  const [settled, setSettled] = useState<{ key: string; state: CallState<Output<M>> }>()
  useEffect(() => {
    let current = true
    call(method, input).then(
      (value) => current && setSettled({ key: callKey, state: { status: 'done', value } }),
      (error: unknown) => current && setSettled({ key: callKey, state: { status: 'error', message: errorText(error) } }),
    )
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callKey stands for method and input
  }, [callKey])
  return settled?.key === callKey ? settled.state : { status: 'loading' }
}
