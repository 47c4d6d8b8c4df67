import fc from 'fast-check'
import { describe, it } from 'vitest'
import type { TeamSyncResult } from '../../shared/model/team'
import { laptop, SCENARIO_FINDINGS, skewedClock, type Laptop } from '../sync/testing/laptop'
import { expectConvergedAfterMeeting } from './testing/members'
import { simulatedFolder } from './testing/simulatedFolder'

/** Histories in CI; more with TEAM_CONVERGENCE_RUNS. */
const RUNS = Number(process.env.TEAM_CONVERGENCE_RUNS ?? 3)

const action = fc.oneof(
  fc.record({ type: fc.constant('create' as const), member: fc.nat(4) }),
  fc.record({ type: fc.constant('edit' as const), member: fc.nat(4), pick: fc.nat(), text: fc.constantFrom('Kim agrees.', 'Zhou insists.', '志愿军撤军') }),
  fc.record({ type: fc.constant('delete' as const), member: fc.nat(4), pick: fc.nat() }),
  fc.record({ type: fc.constant('sync' as const), member: fc.nat(4) }),
  fc.record({
    type: fc.constantFrom('deliver' as const, 'partial' as const, 'temp' as const, 'conflicted' as const, 'lose' as const, 'delay' as const),
    member: fc.nat(4),
    pick: fc.nat(),
  }),
)

/** Each member's wall clock, up to twelve hours ahead of or behind the others. */
const clockOffsets = fc.array(fc.integer({ min: -12 * 3_600_000, max: 12 * 3_600_000 }), { minLength: 5, maxLength: 5 })

async function findingIds(l: Laptop): Promise<string[]> {
  return (l.library.db.prepare('SELECT id FROM findings WHERE deleted = 0 ORDER BY id').all() as { id: string }[]).map((r) => r.id)
}

describe('a team of three to five members, clocks hours apart, over a folder tool that delays, splits, doubles and loses files', () => {
  it(`converges for ${RUNS} random histories`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 5 }), fc.array(action, { minLength: 5, maxLength: 24 }), clockOffsets, async (size, actions, offsets) => {
        const folder = simulatedFolder(size)
        const members = Array.from({ length: size }, (_, i) => laptop({ clock: skewedClock(offsets[i]!) }))
        try {
          for (const [i, m] of members.entries()) {
            folder.own(m.library.identity.deviceId, i)
            await m.call('team.join', { dir: folder.copies[i], name: 'Alliance project' })
          }
          let created = 0
          for (const a of actions) {
            const who = a.member % size
            const m = members[who]!
            const ids = await findingIds(m)
            const files = folder.written()
            const file = files.length > 0 && 'pick' in a ? files[a.pick % files.length]! : undefined
            if (a.type === 'create') await m.call('findings.create', { ...SCENARIO_FINDINGS[created++ % SCENARIO_FINDINGS.length], summary_en: `finding ${created}` })
            else if (a.type === 'edit' && ids.length > 0) await m.call('findings.update', { id: ids[a.pick % ids.length], summary_en: a.text })
            else if (a.type === 'delete' && ids.length > 0) await m.call('findings.delete', { ids: [ids[a.pick % ids.length]] })
            else if (a.type === 'sync') await m.call<TeamSyncResult>('team.sync')
            else if (file && a.type === 'deliver') folder.deliver(file, who)
            else if (file && (a.type === 'partial' || a.type === 'temp')) folder.deliverPart(file, who, a.type === 'temp')
            else if (file && a.type === 'conflicted') folder.deliverConflictedCopy(file, who)
            else if (file && a.type === 'lose') folder.lose(file)
          }
          // The members meet (a writer replaces its lost files) until the folder tool has settled.
          await expectConvergedAfterMeeting(members, folder, { rounds: 3, created })
        } finally {
          await Promise.all(members.map((m) => m.dispose()))
          folder.dispose()
        }
      }),
      { numRuns: RUNS },
    )
  }, 900_000)
})
