import { describe, expect, it } from 'vitest'
import { defaultDataDir, resolveDataDir } from './paths'

describe('data directory', () => {
  it('has one default per OS', () => {
    expect(defaultDataDir('linux', {}, '/home/ri')).toBe('/home/ri/.local/share/reading-room-workbench')
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/data' }, '/home/ri')).toBe('/data/reading-room-workbench')
    expect(defaultDataDir('darwin', {}, '/Users/ri')).toBe('/Users/ri/Library/Application Support/Reading Room Workbench')
    expect(defaultDataDir('win32', { APPDATA: 'C:/Users/ri/AppData/Roaming' }, 'C:/Users/ri')).toContain('Reading Room Workbench')
  })

  it('prefers --data-dir, then WORKBENCH_DATA_DIR, then the default', () => {
    expect(resolveDataDir('/flag', { WORKBENCH_DATA_DIR: '/env' })).toBe('/flag')
    expect(resolveDataDir(undefined, { WORKBENCH_DATA_DIR: '/env' })).toBe('/env')
    expect(resolveDataDir(undefined, {})).toBe(defaultDataDir(process.platform, {}))
  })
})
