import fc from 'fast-check'
import type { Finding } from '../../../shared/model/finding'
import { hasSeen, type Op } from '../op'
import { SCENARIO_FINDINGS, type Laptop } from './laptop'

const FIELDS = ['summary_en', 'confidence', 'doc_date'] as const
const VALUES: Record<(typeof FIELDS)[number], string[]> = {
  summary_en: ['Kim agrees.', 'Zhou insists.', '周总理：志愿军今年分三批回国。'],
  confidence: ['probable', 'confirmed', 'doubtful'],
  doc_date: ['1958-02', '1958-02-15', '1958'],
}

export const step = fc.oneof(
  fc.record({ type: fc.constant('edit' as const), laptop: fc.nat(2), field: fc.constantFrom(...FIELDS), value: fc.nat(2) }),
  fc.record({ type: fc.constantFrom('tag' as const, 'untag' as const), laptop: fc.nat(2), tag: fc.constantFrom('x', 'y', '朝鲜') }),
  fc.record({ type: fc.constantFrom('delete' as const, 'restore' as const), laptop: fc.nat(2) }),
  fc.record({ type: fc.constant('export' as const), laptop: fc.nat(2), forPeer: fc.option(fc.nat(2)) }),
  fc.record({ type: fc.constant('import' as const), laptop: fc.nat(2), file: fc.nat() }),
)
export type Step = typeof step extends fc.Arbitrary<infer T> ? T : never

/**
 * Plays one random history on three laptops around one finding: edits, tags, deletes and
 * restores, files written (all, or for one colleague) and imported in any order, with duplicates.
 * Then every laptop imports a full file from every other, and the finding's id is returned.
 */
export async function playHistory(laptops: Laptop[], steps: Step[]): Promise<string> {
  // Colleagues are named by device id here: all three test laptops share one device name.
  const names = laptops.map((l) => l.library.identity.deviceId)
  const { id } = await laptops[0]!.call<{ id: string }>('findings.create', { ...SCENARIO_FINDINGS[0], tags: [] })
  const files: string[] = []
  for (const s of steps) {
    const l = laptops[s.laptop]!
    const current = await findingOn(l, id)
    if (s.type === 'export') files.push(await l.exportFor(s.forPeer === null ? undefined : names[s.forPeer]))
    else if (s.type === 'import') {
      if (files.length > 0) await l.importFile(files[s.file % files.length]!)
    } else if (!current) continue
    else if (s.type === 'delete' || s.type === 'restore') await l.call(`findings.${s.type}`, { ids: [id] })
    else if (current.deleted) continue
    else if (s.type === 'edit') await l.call('findings.update', { id, [s.field]: VALUES[s.field][s.value] })
    else if (s.type === 'tag' || s.type === 'untag') {
      const tags = s.type === 'tag' ? [...current.tags, s.tag] : current.tags.filter((t) => t !== s.tag)
      await l.call('findings.update', { id, tags: [...new Set(tags)] })
    }
  }
  // Final round: each laptop sends each other what that one has not acknowledged yet, twice
  // around, so every op reaches everyone through files alone.
  for (let round = 0; round < 2; round++) {
    for (const from of laptops) {
      for (const to of laptops) if (to !== from) await to.importFile(await from.exportFor(to.library.identity.deviceId))
    }
  }
  return id
}

export async function findingOn(l: Laptop, id: string): Promise<Finding | undefined> {
  const result = await l.library.dispatch('findings.get', { id })
  return result.ok ? (result.value as { finding: Finding }).finding : undefined
}

/** Every write that no other write had seen survives as the value or as a side of a conflict. */
export function lostEdits(finding: Finding, ops: Op[]): string[] {
  const lost: string[] = []
  for (const field of FIELDS) {
    const writes = ops.filter((op) => op.change.type === 'set' && field in op.change.values)
    const kept = new Set<unknown>([finding[field]])
    for (const c of finding.conflicts) if (c.kind === 'field' && c.field === field) c.sides.forEach((s) => kept.add(s.value))
    for (const w of writes.filter((w) => !writes.some((other) => hasSeen(other, w)))) {
      const value = (w.change as { values: Record<string, unknown> }).values[field]
      if (!kept.has(value)) lost.push(`${field}=${String(value)} by ${w.device}`)
    }
  }
  return lost
}
