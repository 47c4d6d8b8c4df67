import { hostname, userInfo } from 'node:os'
import { uuidv7 } from 'uuidv7'
import type { Db } from './db/types'

export interface Identity {
  /** This library's device id, made on first run and never changed: the author of its ops. */
  deviceId: string
  /** A name colleagues recognise in sync logs, e.g. the computer's name. */
  deviceName: string
}

/** Reads this library's identity from `meta`, creating it on first run. */
export function loadIdentity(db: Db): Identity {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?')
  const write = db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)')
  db.transaction(() => {
    write.run('device_id', uuidv7())
    write.run('device_name', `${safeUser()}@${hostname()}`)
  })()
  return { deviceId: read.get('device_id')!.value, deviceName: read.get('device_name')!.value }
}

function safeUser(): string {
  try {
    return userInfo().username
  } catch {
    return 'researcher'
  }
}
