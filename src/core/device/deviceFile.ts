import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomically } from '../recovery/derivedFile'

/**
 * `device.json` beside the database: what this device has issued, kept outside the database so
 * that restoring an older database (which forgets its later changes) cannot make the clock
 * issue a stamp a colleague already holds with other content.
 */
export interface DeviceFile {
  deviceId: string
  /** Raised at every restore: colleagues then stop assuming this library still holds what it lost. */
  epoch: number
  /** The latest stamp this device may have issued (written at export, close and restore). */
  issued?: string
}

export const DEVICE_FILE = 'device.json'

export function readDeviceFile(dataDir: string): DeviceFile | undefined {
  const path = join(dataDir, DEVICE_FILE)
  if (!existsSync(path)) return undefined
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<DeviceFile>
    if (typeof parsed.deviceId !== 'string' || typeof parsed.epoch !== 'number') return undefined
    return { deviceId: parsed.deviceId, epoch: parsed.epoch, ...(typeof parsed.issued === 'string' ? { issued: parsed.issued } : {}) }
  } catch {
    return undefined
  }
}

export function writeDeviceFile(dataDir: string, file: DeviceFile): void {
  writeFileAtomically(join(dataDir, DEVICE_FILE), Buffer.from(`${JSON.stringify(file)}\n`))
}

/** Raises the remembered high-water mark of issued stamps (never lowers it). */
export function rememberIssued(dataDir: string, deviceId: string, issued: string | undefined, epoch?: number): void {
  const current = readDeviceFile(dataDir)
  const same = current?.deviceId === deviceId ? current : undefined
  const highest = [same?.issued, issued].filter((s): s is string => s !== undefined).sort().at(-1)
  writeDeviceFile(dataDir, { deviceId, epoch: Math.max(epoch ?? 0, same?.epoch ?? 0), ...(highest ? { issued: highest } : {}) })
}

/**
 * Which file this is, as the file system knows it: its inode and creation time. A copy of the
 * folder (or of the file) gets another; moving the folder keeps it.
 */
export function fileIdentity(file: string): string {
  const stat = statSync(file, { bigint: true })
  return stat.birthtimeMs > 0n ? `${stat.ino}:${stat.birthtimeMs}` : `${stat.ino}`
}
