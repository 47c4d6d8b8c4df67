import { closeSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { attachmentPath } from '../attachments/attachmentStore'
import { DATABASE_FILE } from '../createApi'
import { checkLibrary } from '../db/check'
import { openDatabase } from '../db/open'
import { openTempLibrary, TEST_RESOURCES_DIR, tempDir } from '../testing/tempLibrary'
import { openLibrarySession, type LibrarySession } from './session'
import { value, TINY_PNG as PNG } from '../testing/results'

const [scenario] = JSON.parse(readFileSync(join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'), 'utf8')) as object[]

/** Overwrites `length` bytes at `offset` with junk, as a failing disk or a stray write would. */
function scribble(file: string, offset: number, length: number): void {
  const fd = openSync(file, 'r+')
  writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset)
  closeSync(fd)
}

const DAMAGE = {
  'a truncated file': (file: string) => truncateSync(file, Math.floor(statSync(file).size / 3)),
  'an overwritten header': (file: string) => scribble(file, 0, 100),
  'overwritten pages': (file: string) => scribble(file, 8192, 64 * 1024),
}

describe('recovery', () => {
  const sessions: LibrarySession[] = []
  afterEach(() => sessions.splice(0).forEach((s) => s.close()))
  function session(dataDir: string): LibrarySession {
    const opened = openLibrarySession({ dataDir, resourcesDir: TEST_RESOURCES_DIR, validateOutput: true })
    sessions.push(opened)
    return opened
  }

  /** A library with one finding and one backup holding it, closed. */
  async function backedUpLibrary(): Promise<{ dataDir: string; findingId: string }> {
    const dataDir = tempDir()
    const s = session(dataDir)
    const { id } = value<{ id: string }>(await s.dispatch('findings.create', scenario))
    value(await s.dispatch('backup.create', {}))
    s.close()
    return { dataDir, findingId: id }
  }

  it.each(Object.entries(DAMAGE))('serves recovery for %s, and restoring the latest backup brings the library back', async (_name, damage) => {
    const { dataDir, findingId } = await backedUpLibrary()
    damage(join(dataDir, DATABASE_FILE))

    const broken = session(dataDir)
    const status = value<{ problem: { code: string; message: string } | null; backups: unknown[] }>(
      await broken.dispatch('recovery.status', {}),
    )
    expect(status.problem).toMatchObject({ code: 'db.unreadable', message: expect.stringContaining(DATABASE_FILE) })
    expect(status.backups).toHaveLength(1)
    const refused = await broken.dispatch('findings.get', { id: findingId })
    expect(refused).toMatchObject({ ok: false, error: { code: 'library.unavailable' } })

    const restored = value<{ pre_restore: string | null }>(await broken.dispatch('recovery.restoreLatest', {}))
    expect(restored.pre_restore).toMatch(/pre-restore-/) // the damaged file is kept, not deleted
    expect(value(await broken.dispatch('recovery.status', {}))).toMatchObject({ problem: null })
    expect(value(await broken.dispatch('findings.get', { id: findingId }))).toMatchObject({ finding: { id: findingId } })
  })

  it('says so when there is no backup to restore', async () => {
    const dataDir = tempDir()
    session(dataDir).close()
    scribble(join(dataDir, DATABASE_FILE), 0, 100)
    const broken = session(dataDir)
    expect(await broken.dispatch('recovery.restoreLatest', {})).toMatchObject({
      ok: false,
      error: { code: 'backup.invalid', message: expect.stringContaining('no backups') },
    })
  })

  it('restores a chosen backup while the library is open, and the same session serves the restored library', async () => {
    const dataDir = tempDir()
    const s = session(dataDir)
    const backup = value<{ name: string }>(await s.dispatch('backup.create', {}))
    const { id } = value<{ id: string }>(await s.dispatch('findings.create', scenario))
    value(await s.dispatch('backup.restore', { name: backup.name }))
    expect(await s.dispatch('findings.get', { id })).toMatchObject({ ok: false, error: { code: 'record.not_found' } })
    expect(await s.dispatch('backup.restore', { name: '../library.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', field: 'name' },
    })
  })

  it('reports a disk that fills up as db.full, with nothing half-saved', async () => {
    const lib = openTempLibrary()
    try {
      const pages = lib.db.pragma('page_count', { simple: true }) as number
      lib.db.pragma(`max_page_count = ${pages}`)
      const before = lib.db.prepare('SELECT count(*) AS n FROM findings').get()
      const big = { ...scenario, transcription: 'x'.repeat(200_000) }
      const result = await lib.dispatch('findings.create', big)
      expect(result).toMatchObject({ ok: false, error: { code: 'db.full', message: expect.stringMatching(/disk is full; nothing was saved/) } })
      expect(lib.db.prepare('SELECT count(*) AS n FROM findings').get()).toEqual(before)
    } finally {
      lib.dispose()
    }
  })

  it('check names an attachment whose file has gone missing', async () => {
    const lib = openTempLibrary()
    try {
      const { id } = value<{ id: string }>(await lib.dispatch('findings.create', scenario))
      const { sha256 } = value<{ sha256: string }>(
        await lib.dispatch('attachments.add', { finding_id: id, name: 'scan.png', data_base64: PNG.toString('base64') }),
      )
      expect(checkLibrary(lib.db, lib.dataDir)).toEqual([])
      rmSync(attachmentPath(lib.dataDir, sha256))
      expect(checkLibrary(lib.db, lib.dataDir)).toEqual([expect.stringContaining(`the file of ${sha256} is missing`)])
    } finally {
      lib.dispose()
    }
  })
})

describe('opening a library too large for quick_check at every launch', () => {
  it('still refuses a truncated file, from its size alone', () => {
    const dataDir = tempDir()
    openLibrarySession({ dataDir, resourcesDir: TEST_RESOURCES_DIR }).close()
    const file = join(dataDir, DATABASE_FILE)
    truncateSync(file, Math.floor(statSync(file).size / 2))
    expect(() => openDatabase(file, { quickCheckMaxBytes: 0 })).toThrow(/truncated|malformed/)
  })
})
