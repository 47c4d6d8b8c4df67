import { useEffect, useState } from 'react'
import type { Input, Method, Output } from '../../../shared/api/contract'
import { call } from './client'

export type CallState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'done'; value: T }

/** Runs a read-only call when the component mounts (and when `key` changes). */
export function useCall<M extends Method>(method: M, input: Input<M>, key = ''): CallState<Output<M>> {
  const [state, setState] = useState<CallState<Output<M>>>({ status: 'loading' })
  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    call(method, input).then(
      (value) => current && setState({ status: 'done', value }),
      (error: Error) => current && setState({ status: 'error', message: error.message }),
    )
    return () => {
      current = false
    }
    // The input is described by `key`; re-running on every new object would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for input
  }, [method, key])
  return state
}
