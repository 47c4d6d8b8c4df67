import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { FolderBackup, RestoreResult } from '../../shared/api/contract/backup'
import { attachmentPath } from '../attachments/attachmentStore'
import { openLibrarySession, type LibrarySession } from '../recovery/session'
import { TEST_RESOURCES_DIR, tempDir } from '../testing/tempLibrary'
import { FOLDER_MANIFEST } from './folderBackup'
import { value, TINY_PNG as PNG } from '../testing/results'

const [scenario, second] = JSON.parse(readFileSync(join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'), 'utf8')) as object[]

describe('backing up to a chosen folder, photos included', { timeout: 120_000 }, () => {
  const sessions: LibrarySession[] = []
  const dirs: string[] = []
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close()))
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  function session(): { s: LibrarySession; dataDir: string } {
    const dataDir = tempDir()
    dirs.push(dataDir)
    const s = openLibrarySession({ dataDir, resourcesDir: TEST_RESOURCES_DIR, validateOutput: true, searchStart: 'onDemand' })
    sessions.push(s)
    return { s, dataDir }
  }
  const drive = (): string => {
    const dir = tempDir('workbench-drive-')
    dirs.push(dir)
    return dir
  }

  /** A library with a finding and its photo, backed up to a folder on "the drive". */
  async function backedUp() {
    const { s, dataDir } = session()
    const { id } = value<{ id: string }>(await s.dispatch('findings.create', scenario))
    const photo = value<{ sha256: string }>(await s.dispatch('attachments.add', { finding_id: id, name: 'fond 5 page 3.png', data_base64: PNG.toString('base64') }))
    const backup = value<FolderBackup>(await s.dispatch('backup.toFolder', { folder: drive() }))
    return { s, dataDir, id, sha: photo.sha256, backup }
  }

  const listed = async (s: LibrarySession) => value<{ total: number; items: { id: string }[] }>(await s.dispatch('findings.list', { offset: 0, limit: 10 }))
  const findingCount = async (s: LibrarySession) => (await listed(s)).total

  it('writes the library and every photo into a new folder, then restores both, saying what it restored', async () => {
    const { s, dataDir, id, sha, backup } = await backedUp()
    expect(backup).toMatchObject({ findings: 1, attachments: 1, missing_attachments: 0 })
    expect(readFileSync(join(backup.path, 'attachments', sha.slice(0, 2), sha))).toEqual(PNG)
    expect(readdirSync(join(backup.path, '..')).some((name) => name.endsWith('.partial'))).toBe(false)

    // Later: another finding, the photo's file lost from the library folder.
    value(await s.dispatch('findings.create', second))
    rmSync(attachmentPath(dataDir, sha))
    const result = value<RestoreResult>(await s.dispatch('backup.restoreFolder', { folder: backup.path }))

    expect(result.summary).toEqual({ backup_created_at: backup.created_at, findings: 1, attachments: 1 })
    expect(result.missing_attachments).toEqual([])
    expect(result.pre_restore).toBeTruthy()
    expect(await findingCount(s)).toBe(1)
    expect((await listed(s)).items.map((f) => f.id)).toEqual([id])
    expect(readFileSync(attachmentPath(dataDir, sha))).toEqual(PNG)
  })

  it.each([
    ['a damaged photo', (path: string, sha: string) => writeFileSync(join(path, 'attachments', sha.slice(0, 2), sha), Buffer.from('not the photo'))],
    ['a missing photo', (path: string, sha: string) => rmSync(join(path, 'attachments', sha.slice(0, 2), sha))],
    ['no manifest (a backup cut short)', (path: string) => rmSync(join(path, FOLDER_MANIFEST))],
    ['a damaged library file', (path: string) => writeFileSync(join(path, 'library.sqlite'), Buffer.alloc(8192, 0xa5))],
  ])('refuses a backup with %s and changes nothing', async (_name, damage) => {
    const { s, dataDir, sha, backup } = await backedUp()
    value(await s.dispatch('findings.create', second))
    damage(backup.path, sha)
    const result = await s.dispatch('backup.restoreFolder', { folder: backup.path })

    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatchObject({ code: 'backup.invalid', message: expect.stringMatching(/Nothing was changed/) })
    expect(await findingCount(s)).toBe(2)
    expect(existsSync(attachmentPath(dataDir, sha))).toBe(true)
    expect(value<{ reason: string }[]>(await s.dispatch('backup.list', {})).filter((b) => b.reason === 'pre-restore')).toEqual([])
  })

  it('refuses a folder that does not exist, leaving nothing behind', async () => {
    const { s } = session()
    const result = await s.dispatch('backup.toFolder', { folder: join(drive(), 'unplugged') })
    expect(!result.ok && result.error.message).toMatch(/There is no folder .*unplugged/)
  })
})
