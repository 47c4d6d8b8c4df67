import { describe, expect, it } from 'vitest'
import { runTrials } from './trial'

describe('crash safety', () => {
  it('a writer killed at random moments never damages the library or loses an acknowledged write', async () => {
    const summary = await runTrials(5)
    expect(summary.acknowledged).toBeGreaterThan(0)
    expect(summary).toMatchObject({ integrityFailures: 0, lostWrites: 0, lostDrafts: 0 })
  }, 120_000)
})
