import type { Translate } from '../../../../shared/i18n/messageIds'
import type { FindingConflict } from '../../../../shared/model/findingParts'
import { describeHlc } from './hlcTime'

/** One laptop's value in a field conflict, with the device and clock that wrote it. */
export type Side = Extract<FindingConflict, { kind: 'field' }>['sides'][number]

/** Who a device is for people: "this laptop", a colleague's name, or the device id if unknown. */
export type DeviceName = (deviceId: string) => string

/** Names devices after this laptop and the colleagues files came from. */
export function deviceNamer(self: string, peers: readonly { device_id: string; name: string }[], t: Translate): DeviceName {
  const names = new Map(peers.map((peer) => [peer.device_id, peer.name]))
  return (id) => (id === self ? t('sync.thisLaptop') : (names.get(id) ?? t('sync.otherLaptop')))
}

/** "this laptop, 2026-11-29 14:05" or "Chen's laptop, 2026-11-29 14:07". */
export function sideLabel(side: Side, deviceName: DeviceName, t: Translate, locale: string): string {
  return t('sync.side', { device: deviceName(side.device), time: describeHlc(side.hlc, t, locale) })
}
