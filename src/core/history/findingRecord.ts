import type { Finding } from '../../shared/model/finding'
import type { HistoryChange, HistoryDevice } from '../../shared/model/history'
import { elementValue, FINDING_KIND } from '../findings/findingOps'
import type { FindingService } from '../findings/findingService'
import type { Identity } from '../identity'
import { decodeHlc } from '../sync/hlc'
import { mergeRecord, type MergedRecord } from '../sync/merge'
import type { Op } from '../sync/op'
import type { OpStore } from '../sync/opStore'
import { createLineage, type Lineage } from './lineage'

/** A colleague this library has had a sync file from: their device and the name they gave. */
export interface Colleague {
  device_id: string
  name: string
}

export interface RecordSources {
  ops: OpStore
  findings: FindingService
  identity: Identity
  /** The colleagues known here, for naming the laptops that made changes. */
  colleagues(): readonly Colleague[]
}

/** A finding with its changes, merged state and the means to describe them: what history and restore share. */
export interface FindingRecord {
  finding: Finding
  ops: Op[]
  /** The merged state (computed on demand: a restore needs it, reading the history does not). */
  merged(): MergedRecord
  lineage: Lineage
}

/** Reads one finding and its whole change log; an unknown id is `record.not_found`. */
export function loadFindingRecord(sources: RecordSources, id: string): FindingRecord {
  const finding = sources.findings.get(id)
  const ops = sources.ops.opsOf(FINDING_KIND, id)
  const name = deviceNamer(sources.identity, sources.colleagues(), ops)
  const describe = (op: Op): HistoryChange => ({
    change_id: op.hlc,
    device: name(op.device),
    at: new Date(decodeHlc(op.hlc).wall).toISOString(),
  })
  let merged: MergedRecord | undefined
  return { finding, ops, merged: () => (merged ??= mergeRecord(ops)), lineage: createLineage(ops, describe) }
}

/** A list field's stored element as the finding shows it (claim links and regions are JSON, pages hash + name). */
export const decodeElement = elementValue

/**
 * Names laptops for people: this one by its own name, colleagues by the names in their files,
 * others (changes relayed by a colleague from someone never exchanged with) as "an unnamed
 * laptop (N)", numbered in the order they first changed this finding.
 */
function deviceNamer(identity: Identity, colleagues: readonly Colleague[], ops: readonly Op[]): (device: string) => HistoryDevice {
  const names = new Map(colleagues.map((colleague) => [colleague.device_id, colleague.name]))
  const unnamed = new Map<string, number>()
  for (const op of ops) {
    if (op.device !== identity.deviceId && !names.has(op.device) && !unnamed.has(op.device)) unnamed.set(op.device, unnamed.size + 1)
  }
  return (device) => {
    if (device === identity.deviceId) return { id: device, name: identity.deviceName, this_device: true, named: true }
    const name = names.get(device)
    if (name !== undefined) return { id: device, name, this_device: false, named: true }
    return { id: device, name: `an unnamed laptop (${unnamed.get(device) ?? unnamed.size + 1})`, this_device: false, named: false }
  }
}
