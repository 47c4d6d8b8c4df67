import { describe, expect, it } from 'vitest'
import { isMemberFolderName, parseTeamFileName, teamFileName } from './folderNames'

describe('team folder names', () => {
  it('reads a member file and its folder tools’ conflicted copies as the same number', () => {
    expect(parseTeamFileName(teamFileName(3))).toEqual({ seq: 3, conflictedCopy: false })
    for (const copy of [
      '000003.sync-conflict-20260101-120000-ABCDEFG.rrsync',
      "000003 (Laptop's conflicted copy 2026-01-01).rrsync",
      '000003 (conflicted copy 2026-01-01 101010).rrsync',
      '000003 (1).rrsync',
    ]) {
      expect(parseTeamFileName(copy), copy).toEqual({ seq: 3, conflictedCopy: true })
    }
  })

  it('skips files a folder tool is still copying, and anything else', () => {
    for (const name of [
      '.syncthing.000003.rrsync.tmp',
      '~syncthing~000003.rrsync.tmp',
      '.000003.rrsync.tmp',
      '000003.rrsync.tmp',
      '000003.rrsync.!sync',
      '000003.rrsync.partial',
      '~$000003.rrsync',
      '.~lock.000003.rrsync#',
      'notes.txt',
      '3.rrsync',
      '0000003.rrsync',
    ]) {
      expect(parseTeamFileName(name), name).toBeUndefined()
    }
  })

  it('takes device-id folders as members, not tool folders', () => {
    expect(isMemberFolderName('0193f1aa-7b2c-7def-8a00-1234567890ab')).toBe(true)
    expect(isMemberFolderName('.stfolder')).toBe(false)
    expect(isMemberFolderName('.dropbox.cache')).toBe(false)
    expect(isMemberFolderName('../x')).toBe(false)
  })
})
