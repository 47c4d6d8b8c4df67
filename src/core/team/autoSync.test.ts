import { afterEach, describe, expect, it } from 'vitest'
import { laptop, SCENARIO_FINDINGS, type Laptop } from '../sync/testing/laptop'
import { tempDir } from '../testing/tempLibrary'
import { startTeamAutoSync } from './autoSync'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function automatic(l: Laptop, pollMs: number) {
  const sync = startTeamAutoSync({ dispatch: l.library.dispatch, events: l.library.events }, { debounceMs: 50, pollMs })
  cleanups.push(() => l.dispose(), () => sync.stop())
  return sync
}

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`never happened: ${what}`)
}

const summaries = async (l: Laptop) => ((await l.state()) as { summary_en?: string }[]).map((f) => f.summary_en)

describe('automatic team sync', () => {
  /** Two laptops that have joined the same new team folder. */
  async function twoInATeam() {
    const dir = tempDir('workbench-team-auto-')
    const pair = [laptop(), laptop()] as const
    for (const member of pair) await member.call('team.join', { dir, name: 'Alliance project' })
    return pair
  }

  it('writes a local edit to the folder by itself, and the other laptop picks it up by itself', async () => {
    const [anna, boris] = await twoInATeam()
    automatic(anna, 60_000)
    // Boris's side relies on the watcher, or the polling fallback when the platform gives no events.
    automatic(boris, 500)
    await anna.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'arrives by itself' })
    await eventually(async () => (await summaries(boris)).includes('arrives by itself'), 'the edit reached the other laptop')
    expect((await anna.call<{ own: { pending_changes: number } }>('team.status')).own.pending_changes).toBe(0)
  }, 120_000)

  it('syncs when it starts: files that came while the app was closed are imported without any edit', async () => {
    const [anna, boris] = await twoInATeam()
    await anna.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'written while Boris was away' })
    await anna.call('team.sync')
    cleanups.push(() => anna.dispose())
    // No polling within the test's time, and no edit on Boris's side: only the start-up sync can bring it.
    automatic(boris, 3_600_000)
    await eventually(async () => (await summaries(boris)).includes('written while Boris was away'), 'the start-up sync imported it')
  }, 120_000)

  it('notices a colleague’s new file through the folder watcher alone', async () => {
    const [anna, boris] = await twoInATeam()
    cleanups.push(() => anna.dispose())
    const sync = automatic(boris, 3_600_000)
    await sync.syncNow()
    await anna.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'seen by the watcher' })
    await anna.call('team.sync')
    await eventually(async () => (await summaries(boris)).includes('seen by the watcher'), 'the watcher saw the new file')
  }, 120_000)

  it('does nothing and fails nothing in a library that is in no team', async () => {
    const solo = laptop()
    const sync = automatic(solo, 60_000)
    await sync.syncNow()
    await solo.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'alone' })
    await sync.syncNow()
    expect(await summaries(solo)).toEqual(['alone'])
  })
})
