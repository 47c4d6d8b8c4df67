import { afterEach, expect } from 'vitest'
import { laptop, type Laptop } from '../../sync/testing/laptop'

/** A factory of test laptops that are all closed after each test. */
export function laptopsClosedAfterEach(): () => Laptop {
  const open: Laptop[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((l) => l.dispose()))
  })
  return () => {
    const l = laptop()
    open.push(l)
    return l
  }
}

/**
 * The members meet: each syncs in turn (with the input `syncInput` gives for that round) and the
 * folder tool then delivers everything, `rounds` times around; then every library must hold the
 * same findings, and none that anyone created may be lost.
 */
export async function expectConvergedAfterMeeting(
  members: Laptop[],
  folder: { settle(): void },
  options: { rounds: number; created: number; syncInput?: (round: number) => object },
): Promise<void> {
  for (let round = 0; round < options.rounds; round++) {
    for (const m of members) await m.call('team.sync', options.syncInput?.(round) ?? {})
    folder.settle()
  }
  const [first, ...rest] = await Promise.all(members.map((m) => m.state()))
  for (const other of rest) expect(other).toEqual(first)
  expect((first as unknown[]).length).toBe(options.created)
}
