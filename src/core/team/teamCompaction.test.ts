import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TeamStatus, TeamSyncResult } from '../../shared/model/team'
import { readSyncFile } from '../sync/file/syncFile'
import { SCENARIO_FINDINGS, type Laptop } from '../sync/testing/laptop'
import { laptopsClosedAfterEach } from './testing/members'
import { tempDir } from '../testing/tempLibrary'

const member = laptopsClosedAfterEach()

const join_ = (l: Laptop, dir: string) => l.call<TeamStatus>('team.join', { dir, name: 'Alliance project' })
const sync = (l: Laptop, compact = false) => l.call<TeamSyncResult>('team.sync', compact ? { compact } : {})
const status = (l: Laptop) => l.call<TeamStatus>('team.status')
const own = (dir: string, l: Laptop) => readdirSync(join(dir, l.library.identity.deviceId)).sort()
const summaries = async (l: Laptop) => ((await l.state()) as { summary_en?: string }[]).map((f) => f.summary_en).sort()

describe('snapshots and pruning in a team folder', () => {
  it('prunes what everyone holds once a snapshot carries it, and a late joiner gets everything from the snapshot', async () => {
    const dir = tempDir('workbench-team-compact-')
    const [anna, boris, dave] = [member(), member(), member()]
    await join_(anna, dir)
    await join_(boris, dir)
    await join_(dave, dir)
    for (const [i, text] of ['first', 'second', 'third'].entries()) {
      await anna.call('findings.create', { ...SCENARIO_FINDINGS[i], summary_en: text })
      await sync(anna)
      // Dave syncs once, after the first file (so the team knows him), then is away.
      if (i === 0) expect((await sync(dave)).written).toMatchObject({ changes: 0 })
    }
    await anna.call('findings.create', { ...SCENARIO_FINDINGS[3], summary_en: 'PRIVATE-NOTE-7f3a', rights: ['do_not_share'] })
    // Boris has nothing of his own: he writes a file that only says what he now holds.
    expect((await sync(boris)).written).toMatchObject({ changes: 0 })
    const compacted = await sync(anna, true)
    expect(compacted.snapshot).toMatch(/\/snapshot-000001\.rrsync$/)
    // Dave said he holds only Anna's first file: only that one goes, and status says who holds the rest back.
    expect(compacted.pruned).toBe(1)
    expect((await status(anna)).compaction).toMatchObject({ pruned: 1, files_in_folder: 2, held_back_by: [dave.library.identity.deviceName] })
    // Dave leaves: he holds nothing back any more, and Anna's older files go.
    await dave.call('team.leave')
    const afterLeave = await sync(anna)
    expect(afterLeave.pruned).toBeGreaterThanOrEqual(1)
    // Only the newest numbered file (it says what Anna holds) and the snapshot stay.
    const left = own(dir, anna)
    expect(left).toHaveLength(2)
    expect(left[0]).toMatch(/^\d{6}\.rrsync$/)
    expect(left[1]).toBe('snapshot-000001.rrsync')
    const state = await status(anna)
    expect(state.compaction).toMatchObject({ files_in_folder: 1, held_back_by: [], left: [dave.library.identity.deviceName] })
    // The private finding never entered the folder, not even in the snapshot.
    const snapshot = readSyncFile(readFileSync(join(dir, anna.library.identity.deviceId, 'snapshot-000001.rrsync')))
    expect(snapshot.ops.length).toBeGreaterThan(0)
    expect(JSON.stringify(snapshot.ops)).not.toContain('PRIVATE-NOTE-7f3a')

    // Anna goes away; Carol joins late and gets everything, including Boris's later edit.
    const carol = member()
    await boris.call('findings.create', { ...SCENARIO_FINDINGS[4], summary_en: 'from Boris' })
    await sync(boris)
    await join_(carol, dir)
    expect(await summaries(carol)).toEqual(['first', 'from Boris', 'second', 'third'])
    expect((await status(carol)).members.flatMap((m) => m.missing)).toEqual([])
    await sync(anna)
    expect(await summaries(anna)).toEqual(['PRIVATE-NOTE-7f3a', 'first', 'from Boris', 'second', 'third'])
  }, 180_000)

  it('does not let a member silent for over a month hold pruning back, and it catches up from the snapshot when back', async () => {
    const dir = tempDir('workbench-team-compact-')
    const [anna, boris] = [member(), member()]
    await join_(anna, dir)
    await join_(boris, dir)
    for (const text of ['first', 'second']) {
      await anna.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: text })
      await sync(anna)
    }
    await sync(boris)
    await anna.call('findings.create', { ...SCENARIO_FINDINGS[1], summary_en: 'while Boris is away' })
    await sync(anna)
    await sync(anna, true)
    // Boris said he holds files 1 and 2, not 3: only 1 and 2 go.
    expect(own(dir, anna)).toEqual(['000003.rrsync', 'snapshot-000001.rrsync'])
    anna.clock.skew = 31 * 24 * 3600_000
    await anna.call('findings.create', { ...SCENARIO_FINDINGS[2], summary_en: 'a month later' })
    const later = await sync(anna, true)
    expect(later.snapshot).not.toBeNull()
    expect((await status(anna)).compaction.held_back_by).toEqual([])
    expect(own(dir, anna)).toEqual(['000004.rrsync', 'snapshot-000002.rrsync'])
    // Boris comes back (his clock as far on): the files he missed are gone, the snapshot brings them.
    boris.clock.skew = anna.clock.skew
    await sync(boris)
    expect(await summaries(boris)).toEqual(['a month later', 'first', 'second', 'while Boris is away'])
  }, 180_000)
})
