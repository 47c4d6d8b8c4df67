import fc from 'fast-check'
import { describe, it } from 'vitest'
import { laptop, SCENARIO_FINDINGS, type Laptop } from '../sync/testing/laptop'
import { expectConvergedAfterMeeting } from './testing/members'
import { simulatedFolder } from './testing/simulatedFolder'

/** Histories in CI; more with TEAM_CONVERGENCE_RUNS. */
const RUNS = Number(process.env.TEAM_CONVERGENCE_RUNS ?? 3)

const action = fc.oneof(
  fc.record({ type: fc.constant('create' as const), member: fc.nat(4) }),
  fc.record({ type: fc.constant('edit' as const), member: fc.nat(4), pick: fc.nat(), text: fc.constantFrom('Kim agrees.', 'Zhou insists.', '志愿军撤军') }),
  fc.record({ type: fc.constantFrom('sync' as const, 'compact' as const, 'join' as const, 'propagate' as const), member: fc.nat(4) }),
  fc.record({ type: fc.constantFrom('deliver' as const, 'partial' as const, 'conflicted' as const, 'lose' as const), member: fc.nat(4), pick: fc.nat() }),
)

const findingIds = (l: Laptop): string[] => (l.library.db.prepare('SELECT id FROM findings WHERE deleted = 0 ORDER BY id').all() as { id: string }[]).map((r) => r.id)

describe('a team folder with snapshots, pruning and members joining late', () => {
  it(`converges, losing nothing, for ${RUNS} random histories`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 5 }), fc.integer({ min: 1, max: 2 }), fc.array(action, { minLength: 8, maxLength: 30 }), async (size, late, actions) => {
        const folder = simulatedFolder(size)
        const members = Array.from({ length: size }, laptop)
        const joined = new Set<number>()
        const join = async (i: number) => {
          folder.own(members[i]!.library.identity.deviceId, i)
          await members[i]!.call('team.join', { dir: folder.copies[i], name: 'Alliance project' })
          joined.add(i)
        }
        try {
          // The first members join at once; the others join late, when a history says so or at the end.
          for (let i = 0; i < size - late; i++) await join(i)
          let created = 0
          for (const a of actions) {
            const who = a.member % size
            const m = members[who]!
            if (a.type === 'join') {
              if (!joined.has(who)) await join(who)
              continue
            }
            if (!joined.has(who)) continue
            const files = folder.written()
            const file = files.length > 0 && 'pick' in a ? files[a.pick % files.length]! : undefined
            const ids = findingIds(m)
            if (a.type === 'create') await m.call('findings.create', { ...SCENARIO_FINDINGS[created++ % SCENARIO_FINDINGS.length], summary_en: `finding ${created}` })
            else if (a.type === 'edit' && ids.length > 0) await m.call('findings.update', { id: ids[a.pick % ids.length], summary_en: a.text })
            else if (a.type === 'sync' || a.type === 'compact') await m.call('team.sync', a.type === 'compact' ? { compact: true } : {})
            else if (a.type === 'propagate') folder.propagateDeletes(who)
            else if (file && a.type === 'deliver') folder.deliver(file, who)
            else if (file && a.type === 'partial') folder.deliverPart(file, who, false)
            else if (file && a.type === 'conflicted') folder.deliverConflictedCopy(file, who)
            else if (file && a.type === 'lose' && !file.includes('snapshot')) folder.lose(file)
          }
          for (let i = 0; i < size; i++) if (!joined.has(i)) await join(i)
          // Everyone meets, compacting in the second round; nothing anyone created is lost, whatever was pruned.
          await expectConvergedAfterMeeting(members, folder, { rounds: 4, created, syncInput: (round) => (round === 1 ? { compact: true } : {}) })
        } finally {
          await Promise.all(members.map((m) => m.dispose()))
          folder.dispose()
        }
      }),
      { numRuns: RUNS },
    )
  }, 900_000)
})
