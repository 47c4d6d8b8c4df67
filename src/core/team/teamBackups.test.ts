import { describe, expect, it } from 'vitest'
import type { BackupInfo } from '../../shared/api/contract/backup'
import { BACKUP_RETENTION } from '../backup/backup'
import { AUTOMATIC_BACKUP_INTERVAL_MS } from '../sync/syncImport'
import { SCENARIO_FINDINGS, type Laptop } from '../sync/testing/laptop'
import { tempDir } from '../testing/tempLibrary'
import { laptopsClosedAfterEach } from './testing/members'

const member = laptopsClosedAfterEach()

const backups = async (l: Laptop, reason: string) => (await l.call<BackupInfo[]>('backup.list')).filter((b) => b.reason === reason)

describe('backups before automatic team imports', () => {
  it('takes one an hour at most, while an import by hand still takes one every time and none of those is rotated out', async () => {
    const dir = tempDir('workbench-team-backups-')
    const [anna, boris] = [member(), member()]
    await anna.call('team.join', { dir, name: 'Alliance project' })
    await anna.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'first' })
    await anna.call('team.sync')
    // Boris's join imports Anna's file: the first automatic import backs up.
    await boris.call('team.join', { dir, name: 'Alliance project' })
    expect(await backups(boris, 'pre-team-import')).toHaveLength(1)
    // A second automatic import in quick succession, bringing something new, takes none.
    await anna.call('findings.create', { ...SCENARIO_FINDINGS[1], summary_en: 'second' })
    await anna.call('team.sync')
    expect((await boris.call<{ imported: number }>('team.sync')).imported).toBe(1)
    expect(await backups(boris, 'pre-team-import')).toHaveLength(1)

    // An import by hand backs up every time, however recent the last backup.
    const carol = member()
    for (const text of ['by hand 1', 'by hand 2']) {
      await carol.call('findings.create', { ...SCENARIO_FINDINGS[2], summary_en: text })
      await boris.importFile(await carol.exportFor())
    }
    expect(await backups(boris, 'pre-import')).toHaveLength(2)

    // Hours of automatic syncing later: one backup an hour, and the ones taken by hand all stay.
    const hours = BACKUP_RETENTION['pre-team-import'] + 2
    for (let hour = 1; hour <= hours; hour++) {
      for (const l of [anna, boris]) l.clock.skew = hour * (AUTOMATIC_BACKUP_INTERVAL_MS + 60_000)
      await anna.call('findings.create', { ...SCENARIO_FINDINGS[3], summary_en: `hour ${hour}` })
      await anna.call('team.sync')
      await boris.call('team.sync')
      await anna.call('findings.create', { ...SCENARIO_FINDINGS[4], summary_en: `hour ${hour}, again` })
      await anna.call('team.sync')
      await boris.call('team.sync')
    }
    expect(await backups(boris, 'pre-team-import')).toHaveLength(BACKUP_RETENTION['pre-team-import'])
    expect(await backups(boris, 'pre-import')).toHaveLength(2)
    expect((await boris.state()).length).toBe(4 + 2 * hours)
  }, 120_000)
})
