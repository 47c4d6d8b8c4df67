import { describe, expect, it } from 'vitest'
import { beforeWindowCloses, finishPendingThenClose, finishThenClose } from './beforeClose'

const later = (ms: number, log: string[], name: string) => () => new Promise<void>((resolve) => setTimeout(() => (log.push(name), resolve()), ms))

describe('before the desktop window closes', () => {
  it('closes only after every piece of work has finished, a failing one included', async () => {
    const log: string[] = []
    const failing = () => Promise.reject(new Error('disk full'))
    await finishThenClose([later(30, log, 'slow draft'), failing, later(5, log, 'quick draft')], () => log.push('closed'))
    expect(log).toEqual(['quick draft', 'slow draft', 'closed'])
  })

  it('runs what is registered, and not what was unregistered', async () => {
    const log: string[] = []
    const unregister = beforeWindowCloses(later(1, log, 'editor gone'))
    beforeWindowCloses(later(1, log, 'draft'))
    unregister()
    await finishPendingThenClose(() => log.push('closed'))
    expect(log).toEqual(['draft', 'closed'])
  })
})
