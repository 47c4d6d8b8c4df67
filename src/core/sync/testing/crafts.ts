import type { SyncManifest } from '../../../shared/model/syncFile'
import { readSyncFile, writeSyncFile } from '../file/syncFile'
import { decodeHlc, encodeHlc } from '../hlc'
import type { Craft } from './actions'
import type { Laptop } from './laptop'

const HOUR = 3_600_000

const later = (stamp: string, ms: number): string => {
  const hlc = decodeHlc(stamp)
  return encodeHlc({ ...hlc, wall: hlc.wall + ms })
}

/**
 * Rewrites a real sync file with a tampered manifest whose entries still match their hashes:
 * claims of having seen more of the recipient's changes than it made, claims of changes the
 * file does not hold, an unknown device, junk lists of withheld and missing stamps, an epoch
 * raised or lowered. None of them may keep the libraries from converging.
 */
export function craftFile(file: string, how: Craft, recipient: Laptop): string {
  const content = readSyncFile(Buffer.from(file, 'base64'))
  const manifest = tamper(content.manifest, how, recipient)
  return writeSyncFile(manifest, content.ops, content.attachments).toString('base64')
}

function tamper(manifest: SyncManifest, how: Craft, recipient: Laptop): SyncManifest {
  const seen = { ...manifest.seen }
  const now = encodeHlc({ wall: recipient.clock.now().getTime(), counter: 0, device: recipient.deviceId })
  switch (how) {
    case 'claims-my-future':
      return { ...manifest, seen: { ...seen, [recipient.deviceId]: later(now, HOUR) } }
    case 'claims-unheld':
      for (const [device, hlc] of Object.entries(seen)) seen[device] = later(hlc, HOUR)
      return { ...manifest, seen }
    case 'stranger-device':
      return { ...manifest, seen: { ...seen, stranger: encodeHlc({ wall: recipient.clock.now().getTime(), counter: 7, device: 'stranger' }) } }
    case 'junk-lists': {
      const junk = Object.values(seen).map((hlc) => later(hlc, -1))
      return { ...manifest, withheld: junk, missing: [...junk, later(now, -HOUR)] }
    }
    case 'epoch-up':
      return { ...manifest, sender: { ...manifest.sender, epoch: (manifest.sender.epoch ?? 0) + 3 } }
    case 'epoch-down':
      return { ...manifest, sender: { ...manifest.sender, epoch: 0 } }
  }
}
