import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TeamStatus, TeamSyncResult } from '../../shared/model/team'
import { isEncrypted } from '../sync/file/encryption'
import { SCENARIO_FINDINGS, type Laptop } from '../sync/testing/laptop'
import { laptopsClosedAfterEach } from './testing/members'
import { tempDir } from '../testing/tempLibrary'
import { TEAM_PASSPHRASE_FILE } from './teamKey'

const member = laptopsClosedAfterEach()

const PASSPHRASE = 'Panmunjom 1953, tent three'
const join_ = (l: Laptop, dir: string, passphrase?: string) =>
  l.call<TeamStatus>('team.join', { dir, name: 'Alliance project', ...(passphrase === undefined ? {} : { passphrase }) })
const summaries = async (l: Laptop) => ((await l.state()) as { summary_en?: string }[]).map((f) => f.summary_en).sort()
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))

describe('an encrypted team folder', () => {
  it('encrypts every file written there, and lets in only members with the passphrase', async () => {
    const dir = tempDir('workbench-team-enc-')
    const [anna, boris] = [member(), member()]
    expect((await join_(anna, dir, PASSPHRASE)).encrypted).toBe(true)
    const { id } = await anna.call<{ id: string }>('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'Zhou insists on the armistice line.' })
    await anna.call<TeamSyncResult>('team.sync')
    const written = filesIn(dir)
    expect(written).toHaveLength(1)
    for (const file of written) {
      const bytes = readFileSync(file)
      expect(isEncrypted(bytes)).toBe(true)
      expect(bytes.includes(Buffer.from('armistice'))).toBe(false)
    }
    // The passphrase is kept in the library folder, readable by its owner only.
    expect(statSync(join(anna.dataDir, TEAM_PASSPHRASE_FILE)).mode & 0o777).toBe(0o600)

    // Without the passphrase, or with a wrong one: a clear refusal naming the folder; nothing kept, imported or written.
    await expect(join_(boris, dir)).rejects.toThrow(new RegExp(`team.passphrase_required: The team folder ${dir} is encrypted`))
    await expect(join_(boris, dir, 'Panmunjom 1954')).rejects.toThrow(new RegExp(`team.wrong_passphrase: .* in the team folder ${dir}`))
    expect((await boris.call<TeamStatus>('team.status')).folder).toBeNull()
    expect(await summaries(boris)).toEqual([])
    expect(filesIn(dir)).toEqual(written)

    // With it: everything arrives, and Boris's own files are encrypted too.
    await join_(boris, dir, PASSPHRASE)
    expect(await summaries(boris)).toEqual(['Zhou insists on the armistice line.'])
    await boris.call('findings.update', { id, summary_en: 'Kim agrees.' })
    await boris.call('team.sync')
    await anna.call('team.sync')
    expect(await summaries(anna)).toEqual(['Kim agrees.'])
    for (const file of filesIn(dir)) expect(isEncrypted(readFileSync(file))).toBe(true)
  }, 120_000)

  it('stops a member whose kept passphrase is wrong before it imports or writes anything', async () => {
    const dir = tempDir('workbench-team-enc-')
    const [anna, boris] = [member(), member()]
    await join_(anna, dir, PASSPHRASE)
    await join_(boris, dir, PASSPHRASE)
    writeFileSync(join(boris.dataDir, TEAM_PASSPHRASE_FILE), 'not the team passphrase')
    await anna.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'first' })
    await anna.call('team.sync')
    await boris.call('findings.create', { ...SCENARIO_FINDINGS[1], summary_en: 'second' })
    const before = filesIn(dir)
    await expect(boris.call('team.sync')).rejects.toThrow(/team.wrong_passphrase: .*Nothing was imported or written/)
    expect(await summaries(boris)).toEqual(['second'])
    expect(filesIn(dir)).toEqual(before)
    // Joining again with the right one mends it.
    await join_(boris, dir, PASSPHRASE)
    expect(await summaries(boris)).toEqual(['first', 'second'])
    await anna.call('team.sync')
    expect(await summaries(anna)).toEqual(['first', 'second'])
  }, 120_000)

  it('refuses, with the reason, a file put there without encryption', async () => {
    const dir = tempDir('workbench-team-enc-')
    const elsewhere = tempDir('workbench-team-plain-')
    const [anna, boris] = [member(), member()]
    await join_(anna, dir, PASSPHRASE)
    await join_(boris, elsewhere)
    await boris.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'plain' })
    await boris.call('team.sync')
    cpSync(elsewhere, dir, { recursive: true })
    expect(await anna.call<TeamSyncResult>('team.sync')).toMatchObject({ imported: 0, refused: 1 })
    const { refused, members } = await anna.call<TeamStatus>('team.status')
    // The screen says why in the reader's language, and names nobody by a device id: no file of Boris's could be read.
    expect(refused).toEqual([expect.objectContaining({ why: 'notEncrypted', member: null, reason: expect.stringContaining('not encrypted with the team passphrase') })])
    expect(members).toEqual([expect.objectContaining({ name: null })])
    expect(await summaries(anna)).toEqual([])
  }, 120_000)
})
