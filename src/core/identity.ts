import { hostname, userInfo } from 'node:os'
import { uuidv7 } from 'uuidv7'
import type { Db } from './db/types'
import { fileIdentity, readDeviceFile, writeDeviceFile } from './device/deviceFile'

export interface Identity {
  /** This library's device id: the author of its ops. A copied library gets a new one. */
  deviceId: string
  /** A name colleagues recognise in sync logs, e.g. the computer's name. */
  deviceName: string
  /** Raised at every restore; sync files carry it so colleagues resend what a restore lost. */
  epoch: number
  /** A stamp this device may already have issued: its clock starts past it. */
  floor?: string
  /** When this library turned out to be a copy: the device id it was copied from. */
  copiedFrom?: string
}

/** The meta keys this module keeps. */
const KEY = {
  id: 'device_id',
  name: 'device_name',
  epoch: 'device_epoch',
  file: 'library_file',
  floor: 'clock_floor',
} as const

/** The name a new library gives itself, `user@computer`. */
export function defaultDeviceName(): string {
  return `${safeUser()}@${hostname()}`
}

/**
 * Reads this library's identity from `meta`, creating it on first run, and checks two things
 * the database alone cannot see:
 * - a copy: the database file is not the one it was opened as last time (another inode or
 *   creation time, as after copying the folder). The copy takes a new device id, because two
 *   libraries writing as one device cannot tell each other's changes apart.
 * - a rollback: `device.json` remembers a stamp this device issued that the database no longer
 *   holds (an older file was put back). The clock then starts past it, and the device epoch
 *   goes up so colleagues stop assuming this library still holds what it lost.
 */
export function loadIdentity(db: Db, options: { dataDir: string; databaseFile: string }): Identity {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?')
  const write = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
  const remove = db.prepare('DELETE FROM meta WHERE key = ?')
  const latestOwn = db.prepare<[string], { hlc: string | null }>('SELECT max(hlc) AS hlc FROM ops WHERE device = ?')
  const get = (key: string) => read.get(key)?.value

  return db.transaction((): Identity => {
    const file = fileIdentity(options.databaseFile)
    let copiedFrom: string | undefined
    if (get(KEY.id) === undefined) {
      write.run(KEY.id, uuidv7())
      write.run(KEY.name, defaultDeviceName())
      write.run(KEY.epoch, '0')
    } else if (get(KEY.file) !== undefined && get(KEY.file) !== file) {
      copiedFrom = get(KEY.id)
      const name = defaultDeviceName()
      write.run(KEY.id, uuidv7())
      write.run(KEY.name, name === get(KEY.name) ? `${name} (copy)` : name)
      write.run(KEY.epoch, '0')
      remove.run(KEY.floor)
    }
    write.run(KEY.file, file)
    const deviceId = get(KEY.id)!
    const own = latestOwn.get(deviceId)?.hlc ?? ''
    const remembered = readDeviceFile(options.dataDir)
    const side = remembered?.deviceId === deviceId ? remembered : undefined
    let epoch = Math.max(Number(get(KEY.epoch) ?? 0), side?.epoch ?? 0)
    const issued = side?.issued
    if (issued !== undefined && issued > own && issued > (get(KEY.floor) ?? '')) {
      epoch += 1
      write.run(KEY.floor, issued)
    }
    write.run(KEY.epoch, String(epoch))
    const floor = [get(KEY.floor), issued].filter((s): s is string => s !== undefined).sort().at(-1)
    const highest = [floor, own || undefined].filter((s): s is string => s !== undefined).sort().at(-1)
    writeDeviceFile(options.dataDir, { deviceId, epoch, ...(highest ? { issued: highest } : {}) })
    return {
      deviceId,
      deviceName: get(KEY.name)!,
      epoch,
      ...(floor ? { floor } : {}),
      ...(copiedFrom ? { copiedFrom } : {}),
    }
  })()
}

/**
 * Prepares a database file about to replace this library (a restore): it is recorded as this
 * library's file, its epoch goes past every epoch the library had, and its clock floor past
 * every stamp the library issued. A file of another library is left alone (it opens as a copy).
 */
export function adoptRestoredFile(staged: Db, stagedFile: string, current: { deviceId: string; epoch: number; issued?: string }): void {
  const read = staged.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?')
  if (read.get(KEY.id)?.value !== current.deviceId) return
  const write = staged.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
  staged.transaction(() => {
    write.run(KEY.file, fileIdentity(stagedFile))
    write.run(KEY.epoch, String(Math.max(current.epoch, Number(read.get(KEY.epoch)?.value ?? 0)) + 1))
    if (current.issued) write.run(KEY.floor, current.issued)
  })()
}

function safeUser(): string {
  try {
    return userInfo().username
  } catch {
    return 'researcher'
  }
}
