import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TeamStatus, TeamSyncResult } from '../../shared/model/team'
import { SCENARIO_FINDINGS, type Laptop } from '../sync/testing/laptop'
import { laptopsClosedAfterEach } from './testing/members'
import { tempDir } from '../testing/tempLibrary'

const member = laptopsClosedAfterEach()

const teamSync = (l: Laptop) => l.call<TeamSyncResult>('team.sync')
const status = (l: Laptop) => l.call<TeamStatus>('team.status')
const summaries = async (l: Laptop) => ((await l.state()) as { summary_en?: string }[]).map((f) => f.summary_en).sort()
const ownFiles = (dir: string, l: Laptop) => readdirSync(join(dir, l.library.identity.deviceId)).sort()

async function team(size: number) {
  const dir = tempDir('workbench-team-')
  const members = Array.from({ length: size }, member)
  for (const m of members) await m.call('team.join', { dir, name: 'Alliance project' })
  return { dir, members }
}

describe('a team folder', () => {
  it('carries each member’s changes to the others, as whole numbered files in its own folder', async () => {
    const { dir, members: [anna, boris] } = await team(2)
    const { id } = await anna!.call<{ id: string }>('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'Zhou insists.' })
    expect((await teamSync(anna!)).written).toEqual({ file: '000001.rrsync', changes: expect.any(Number) })
    expect((await teamSync(boris!)).imported).toBe(1)
    await boris!.call('findings.update', { id, summary_en: 'Kim agrees.' })
    await teamSync(boris!)
    await teamSync(anna!)
    expect(await summaries(anna!)).toEqual(['Kim agrees.'])
    expect(await summaries(boris!)).toEqual(['Kim agrees.'])
    // Nothing but the members' own folders of numbered files: no lock, no shared database.
    expect(readdirSync(dir).sort()).toEqual([anna!.library.identity.deviceId, boris!.library.identity.deviceId].sort())
    expect(ownFiles(dir, anna!)).toEqual(['000001.rrsync'])
    // Boris's first file only says he holds Anna's (so her files can be pruned once a snapshot has them).
    expect(ownFiles(dir, boris!)).toEqual(['000001.rrsync', '000002.rrsync'])
    const seen = await status(anna!)
    expect(seen.members).toEqual([expect.objectContaining({ device_id: boris!.library.identity.deviceId, last_file: 2, missing: [], imported: 2 })])
    expect(seen.own).toMatchObject({ files: 1, last_file: '000001.rrsync', pending_changes: 0 })
    expect((await teamSync(anna!)).written).toBeNull()
    // The colleagues the sync view lists are people's laptops: the folder's own export row is none of them.
    // Nor is the exchange log filled with the folder's exports, one at every sync, most writing nothing.
    const { peers, log } = await anna!.call<{ peers: { device_id: string }[]; log: { direction: string }[] }>('sync.peers')
    expect(peers.map((p) => p.device_id)).toEqual([boris!.library.identity.deviceId])
    expect(log.filter((entry) => entry.direction === 'export')).toEqual([])
  })

  it('skips copies in progress, imports a conflicted copy once, and refuses a damaged old file with the reason', async () => {
    const { dir, members: [anna, boris] } = await team(2)
    await anna!.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'first' })
    await teamSync(anna!)
    const annaDir = join(dir, anna!.library.identity.deviceId)
    const first = join(annaDir, '000001.rrsync')
    // A folder tool's temporary name and its conflicted copy of the same file.
    copyFileSync(first, join(annaDir, '.syncthing.000002.rrsync.tmp'))
    copyFileSync(first, join(annaDir, "000001 (Boris's conflicted copy 2026-12-01).rrsync"))
    expect(await teamSync(boris!)).toMatchObject({ imported: 1, duplicates: 1, refused: 0 })
    // A file still growing: skipped while young, imported once complete.
    await anna!.call('findings.create', { ...SCENARIO_FINDINGS[1], summary_en: 'second' })
    await teamSync(anna!)
    const second = join(annaDir, '000002.rrsync')
    const whole = readFileSync(second)
    truncateSync(second, Math.floor(whole.length / 2))
    expect(await teamSync(boris!)).toMatchObject({ imported: 0, incomplete: 1 })
    expect((await status(boris!)).members[0]!.incomplete).toBe(1)
    writeFileSync(second, whole)
    expect(await teamSync(boris!)).toMatchObject({ imported: 1, incomplete: 0 })
    expect(await summaries(boris!)).toEqual(['first', 'second'])
    // A damaged file that has not changed for long is refused, and the status says why.
    writeFileSync(join(annaDir, '000003.rrsync'), 'not a sync file')
    const old = new Date(Date.now() - 3_600_000)
    utimesSync(join(annaDir, '000003.rrsync'), old, old)
    expect(await teamSync(boris!)).toMatchObject({ refused: 1 })
    const { refused } = await status(boris!)
    expect(refused).toEqual([expect.objectContaining({ file: `${anna!.library.identity.deviceId}/000003.rrsync`, why: 'damaged', member: anna!.library.identity.deviceName })])
    expect(refused[0]!.reason).toMatch(/Sync file refused/)
  })

  it('refuses a damaged file once it has stayed unchanged for ten minutes, even when the clocks differ by hours', async () => {
    const { dir, members: [anna, boris] } = await team(2)
    await anna!.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'first' })
    await teamSync(anna!)
    // Boris's clock is three hours behind: the file's time on disk looks young to him for hours.
    boris!.clock.skew = -3 * 3_600_000
    writeFileSync(join(dir, anna!.library.identity.deviceId, '000002.rrsync'), 'cut off for good')
    expect(await teamSync(boris!)).toMatchObject({ imported: 1, incomplete: 1, refused: 0 })
    boris!.clock.skew += 11 * 60_000
    expect(await teamSync(boris!)).toMatchObject({ incomplete: 0, refused: 1 })
    expect((await status(boris!)).refused).toEqual([expect.objectContaining({ why: 'damaged' })])
  })

  it('takes a deleted file for a lost file, not deleted data: its writer writes its changes again', async () => {
    const { dir, members: [anna, boris] } = await team(2)
    await anna!.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'kept' })
    await teamSync(anna!)
    await teamSync(boris!)
    rmSync(join(dir, anna!.library.identity.deviceId, '000001.rrsync'))
    await teamSync(boris!)
    expect(await summaries(boris!)).toEqual(['kept'])
    // A colleague joining now still gets it: Anna's next file carries what the lost one held.
    expect((await teamSync(anna!)).written?.file).toBe('000002.rrsync')
    const carla = member()
    await carla.call('team.join', { dir, name: 'Alliance project' })
    expect(await summaries(carla)).toEqual(['kept'])
  })

  it('writes again an own file cut off on the medium (a USB stick pulled out too early), so nobody waits for it', async () => {
    const { dir, members: [anna, boris] } = await team(2)
    const annaDir = join(dir, anna!.library.identity.deviceId)
    const { id } = await anna!.call<{ id: string }>('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'one' })
    await teamSync(anna!)
    await anna!.call('findings.update', { id, summary_en: 'two' })
    await teamSync(anna!)
    const second = join(annaDir, '000002.rrsync')
    truncateSync(second, Math.floor(readFileSync(second).length / 2))
    // Anna's next sync finds her file cut off, removes it and writes its changes again.
    expect((await teamSync(anna!)).written?.file).toBe('000003.rrsync')
    expect(ownFiles(dir, anna!)).toEqual(['000001.rrsync', '000003.rrsync'])
    expect(await teamSync(boris!)).toMatchObject({ imported: 2, incomplete: 0, refused: 0, waiting: 0 })
    expect(await summaries(boris!)).toEqual(['two'])
  })

  it('holds back a file that builds on changes not arrived yet, and imports it once they arrive', async () => {
    const { dir, members: [anna, boris, carla] } = await team(3)
    const { id } = await anna!.call<{ id: string }>('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'first' })
    await teamSync(anna!)
    await teamSync(boris!)
    await boris!.call('findings.update', { id, summary_en: 'edited' })
    await teamSync(boris!)
    // Carla's copy of the folder has Boris's edit but not yet Anna's file with the finding.
    const annaDir = join(dir, anna!.library.identity.deviceId)
    const inTransit = join(tempDir(), 'anna')
    renameSync(annaDir, inTransit)
    // Boris's first file only said what he held (Anna's finding), his second carries the edit: both wait.
    expect(await teamSync(carla!)).toMatchObject({ imported: 0, waiting: 2 })
    expect((await status(carla!)).members).toEqual([expect.objectContaining({ waiting: 2, last_file: null })])
    renameSync(inTransit, annaDir)
    expect(await teamSync(carla!)).toMatchObject({ imported: 3, waiting: 0 })
    expect(await summaries(carla!)).toEqual(['edited'])
  })

  it('shows a gap while a later file waits for it, and none once the writer has replaced the lost file', async () => {
    const { dir, members: [anna, boris] } = await team(2)
    const annaDir = join(dir, anna!.library.identity.deviceId)
    const { id } = await anna!.call<{ id: string }>('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'one' })
    await teamSync(anna!)
    await teamSync(boris!)
    for (const text of ['two', 'three']) {
      await anna!.call('findings.update', { id, summary_en: text })
      await teamSync(anna!)
    }
    // File 2 is still on its way to Boris's copy: file 3 waits for it, and the gap is shown.
    const inTransit = join(tempDir(), '000002.rrsync')
    renameSync(join(annaDir, '000002.rrsync'), inTransit)
    await teamSync(boris!)
    expect((await status(boris!)).members[0]).toMatchObject({ last_file: 1, missing: [2], waiting: 1 })
    // File 2 arrives, but 3 is lost for good: Anna writes its changes again in 4.
    renameSync(inTransit, join(annaDir, '000002.rrsync'))
    rmSync(join(annaDir, '000003.rrsync'))
    expect((await teamSync(anna!)).written?.file).toBe('000004.rrsync')
    await teamSync(boris!)
    expect(await summaries(boris!)).toEqual(['three'])
    // Nothing is missing or waiting any more: 3's changes came in 4.
    expect((await status(boris!)).members[0]).toMatchObject({ last_file: 4, missing: [], waiting: 0 })
  })

  it('never writes a do-not-share finding into the folder', async () => {
    const { dir, members: [anna] } = await team(1)
    await anna!.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'PRIVATE-NOTE-7f3a', rights: ['do_not_share'] })
    await anna!.call('findings.create', { ...SCENARIO_FINDINGS[1], summary_en: 'shared note' })
    await teamSync(anna!)
    const bytes = ownFiles(dir, anna!).map((f) => readFileSync(join(dir, anna!.library.identity.deviceId, f)))
    expect(bytes.length).toBeGreaterThan(0)
    const { readSyncFile } = await import('../sync/file/syncFile')
    const text = JSON.stringify(bytes.map((b) => readSyncFile(b).ops))
    expect(text).toContain('shared note')
    expect(text).not.toContain('PRIVATE-NOTE-7f3a')
  })

  it('says clearly when the folder cannot be reached, and leaving keeps the library', async () => {
    const { dir, members: [anna] } = await team(1)
    await anna!.call('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'mine' })
    rmSync(dir, { recursive: true })
    await expect(teamSync(anna!)).rejects.toThrow(/team.folder_unavailable: The team folder .* cannot be reached/)
    // The screen says it in the reader's language, naming the folder.
    expect(await anna!.library.dispatch('team.sync', {})).toMatchObject({ ok: false, error: { refusal: { reason: 'team.unreachable', values: { dir } } } })
    expect((await anna!.call<TeamStatus>('team.leave')).folder).toBeNull()
    expect(await summaries(anna!)).toEqual(['mine'])
    await expect(teamSync(anna!)).rejects.toThrow(/team.not_joined/)
    expect(existsSync(dir)).toBe(false)
  })
})
