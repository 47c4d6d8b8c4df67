import { afterAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkFolderBackup } from '../backup/folderBackup'
import { verifyLibraryFile } from '../backup/restore'
import { SCENARIO_FINDINGS } from '../sync/testing/laptop'
import { openTempLibrary, tempDir } from '../testing/tempLibrary'

const lib = openTempLibrary()
afterAll(() => lib.dispose())

async function refusal(method: string, input: unknown) {
  const result = await lib.dispatch(method, input)
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`)
  return result.error
}

describe('core refusals carry a reason for the screen, and keep the English message for the CLI', () => {
  it('an impossible date, an end before the start', async () => {
    expect(await refusal('events.list', { from: '1956-13' })).toMatchObject({ code: 'date.invalid', message: expect.stringContaining('is not a real date'), refusal: { reason: 'date.notReal', values: { text: '1956-13' } } })
    expect((await refusal('events.list', { from: '1958', to: '1956' })).refusal).toEqual({ reason: 'date.endBeforeStart', values: { end: '1956', start: '1958' } })
  })

  it('an unknown repository, a collection it already has, a note that is not there', async () => {
    expect((await refusal('repositories.addCollection', { repository_id: 'no-such-archive', collection: 'RG 1' })).refusal).toEqual({ reason: 'repository.unknown', values: { id: 'no-such-archive' } })
    const listed = await lib.dispatch('repositories.list', {})
    const repository = (listed.ok ? (listed.value as { id: string; name: string }[]) : [])[0]!
    await lib.dispatch('repositories.addCollection', { repository_id: repository.id, collection: 'Fond 5' })
    expect((await refusal('repositories.addCollection', { repository_id: repository.id, collection: 'fond 5' })).refusal).toEqual({ reason: 'collection.duplicate', values: { collection: 'Fond 5', name: repository.name } })
    expect((await refusal('events.deleteNote', { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' })).refusal).toEqual({ reason: 'eventNote.unknown' })
  })

  it('a conflict already resolved, a change not in a finding’s history, a finding in the Trash', async () => {
    expect((await refusal('conflicts.resolve', { id: 'gone-conflict', take: 'mine' })).refusal).toEqual({ reason: 'conflict.gone' })
    const [first] = SCENARIO_FINDINGS
    const created = await lib.dispatch('findings.create', first)
    if (!created.ok) throw new Error(created.error.message)
    const id = (created.value as { id: string }).id
    const stamp = '0000000000001-0000-ffffffffffffffffffffffffffffffff'
    const gone = await refusal('history.restoreValue', { id, field: 'title_or_description', change_id: stamp })
    expect(gone.refusal).toEqual({ reason: 'history.changeGone' })
    await lib.dispatch('findings.delete', { ids: [id] })
    expect((await refusal('history.restoreValue', { id, field: 'title_or_description', change_id: stamp })).refusal).toEqual({ reason: 'history.inTrash' })
  })

  it('a folder that is not a backup, an empty file, a file that is not SQLite', () => {
    expect(() => checkFolderBackup(tempDir())).toThrow(expect.objectContaining({ refusal: expect.objectContaining({ reason: 'backup.incomplete' }) }))
    expect(() => verifyLibraryFile(join(tempDir(), 'empty.sqlite'))).toThrow(expect.objectContaining({ refusal: expect.objectContaining({ reason: 'backup.notLibrary' }) }))
    const garbage = join(tempDir(), 'photo.sqlite')
    writeFileSync(garbage, 'not a database, a page of notes typed by mistake'.repeat(100))
    expect(() => verifyLibraryFile(garbage)).toThrow(expect.objectContaining({ refusal: { reason: 'backup.unreadable', values: { file: garbage } } }))
  })
})
