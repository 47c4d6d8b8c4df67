import type { Finding } from '../../../shared/model/finding'
import { readSyncFile } from '../file/syncFile'
import { hasSeen, type Op } from '../op'
import { EDITED, EDITED_FIELDS, type Action } from './actions'
import { craftFile } from './crafts'
import { SCENARIO_FINDINGS, skewedClock, type Laptop } from './laptop'

/** What a played history leaves to check: its finding, every library (copies too) and the changes none may lose. */
export interface Played {
  id: string
  laptops: Laptop[]
  copies: Laptop[]
  /** Stamps of changes that reached a second library, or whose library was never restored since: none may be lost. */
  mustKeep: string[]
}

export async function findingOn(l: Laptop, id: string): Promise<Finding | undefined> {
  const result = await l.library.dispatch('findings.get', { id })
  return result.ok ? (result.value as { finding: Finding }).finding : undefined
}

export function opsOf(l: Laptop, id: string): Op[] {
  const rows = l.library.db.prepare("SELECT * FROM ops WHERE kind = 'finding' AND record = ? ORDER BY hlc").all(id) as Record<string, string>[]
  return rows.map((r) => ({ ...r, seen: JSON.parse(r.seen!), change: JSON.parse(r.change!) }) as Op)
}

const isPrivate = (f: Finding | undefined) => f?.rights.includes('do_not_share') === true

/** What one import did: new changes, or the refusal a history accepts (of a file carrying changes to a record the library lacks). */
type ImportOutcome = { changed: boolean; refusal?: string }

async function importInto(l: Laptop, file: string, crafted = false): Promise<ImportOutcome> {
  const result = await l.library.dispatch('sync.import', { file_base64: file })
  if (result.ok) return { changed: (result.value as { newChanges: number }).newChanges > 0 }
  const acceptable = result.error.code === 'sync.invalid_file' && (crafted || /does not have/.test(result.error.message))
  if (!acceptable) throw new Error(`import refused: ${result.error.code}: ${result.error.message}`)
  return { changed: true, refusal: result.error.message }
}

/** Watches which library holds which change of the finding, to know at the end which changes must survive. */
function changeTracker(id: string) {
  const seen = new Map<string, { shared: boolean; holder: Laptop; restoresThen: number }>()
  const restores = new Map<Laptop, number>()
  return {
    restored: (l: Laptop) => restores.set(l, (restores.get(l) ?? 0) + 1),
    observe(laptops: Laptop[]): void {
      const holders = new Map<string, Laptop[]>()
      for (const l of laptops) for (const op of opsOf(l, id)) holders.set(op.hlc, [...(holders.get(op.hlc) ?? []), l])
      for (const [hlc, ls] of holders) {
        const known = seen.get(hlc)
        if (!known) seen.set(hlc, { shared: ls.length > 1, holder: ls[0]!, restoresThen: restores.get(ls[0]!) ?? 0 })
        else if (ls.length > 1) known.shared = true
      }
    },
    mustKeep: () => [...seen].filter(([, s]) => s.shared || (restores.get(s.holder) ?? 0) === s.restoresThen).map(([hlc]) => hlc),
  }
}

/**
 * Plays one random history around one finding made on the first laptop, then exchanges files
 * (un-sharing the finding where it is still private) until nothing changes.
 */
export async function playHistory(base: Laptop[], actions: Action[]): Promise<Played> {
  const laptops = [...base]
  const copies: Laptop[] = []
  const { id } = await laptops[0]!.call<{ id: string }>('findings.create', { ...SCENARIO_FINDINGS[0], tags: [] })
  const files: string[] = []
  const backups = new Map<Laptop, string[]>()
  const tracker = changeTracker(id)
  for (const a of actions) {
    const l = laptops[a.laptop % laptops.length]!
    const current = await findingOn(l, id)
    const live = current !== undefined && !current.deleted
    switch (a.type) {
      case 'edit':
        if (live) await l.call('findings.update', { id, [a.field]: EDITED[a.field][a.value] })
        break
      case 'tag':
      case 'untag':
        if (live) await l.call('findings.update', { id, tags: a.type === 'tag' ? [...new Set([...current.tags, a.tag])] : current.tags.filter((t) => t !== a.tag) })
        break
      case 'delete':
      case 'undelete':
        if (current) await l.call(a.type === 'delete' ? 'findings.delete' : 'findings.restore', { ids: [id] })
        break
      case 'share':
        if (live) await l.call('findings.update', { id, rights: a.private ? ['do_not_share'] : [] })
        break
      case 'export': {
        const peer = a.forPeer === null ? undefined : laptops[a.forPeer % laptops.length]!
        const file = await l.exportFor(peer && peer !== l ? peer.deviceId : undefined)
        if (isPrivate(current)) expectNothingOf(file, id)
        files.push(file)
        break
      }
      case 'import':
        if (files.length > 0) await importInto(l, files[a.file % files.length]!)
        break
      case 'resolve':
        await resolveOne(l, id, a.choice)
        break
      case 'clock':
        l.clock.skew = a.skew
        break
      case 'backup':
        backups.set(l, [...(backups.get(l) ?? []), l.backup()])
        break
      case 'restoreBackup': {
        const taken = backups.get(l) ?? []
        if (taken.length === 0) break
        await l.restore(taken[a.which % taken.length]!)
        tracker.restored(l)
        break
      }
      case 'copy':
        if (laptops.length < 4) {
          const copy = await l.copyFolder(skewedClock(l.clock.skew))
          laptops.push(copy)
          copies.push(copy)
        }
        break
      case 'craft':
        if (files.length > 0) await importInto(l, craftFile(files[a.file % files.length]!, a.how, l), true)
        break
    }
    tracker.observe(laptops)
  }
  await exchangeUntilQuiet(laptops, id)
  tracker.observe(laptops)
  return { id, laptops, copies, mustKeep: tracker.mustKeep() }
}

function expectNothingOf(file: string, id: string): void {
  const leaked = readSyncFile(Buffer.from(file, 'base64')).ops.filter((op) => op.record === id)
  if (leaked.length > 0) throw new Error(`a file written while the finding was private carries ${leaked.length} of its changes`)
}

/** Takes one of the choices that fit a conflict on the finding: mine, theirs, a value; restore or delete. */
async function resolveOne(l: Laptop, id: string, choice: number): Promise<void> {
  const open = (await l.call<{ id: string; record_id: string; detail: { kind: string; field?: string; sides?: { device: string }[] } }[]>('conflicts.list')).filter(
    (c) => c.record_id === id,
  )
  const conflict = open[choice % Math.max(open.length, 1)]
  if (!conflict) return
  const { detail } = conflict
  const choices =
    detail.kind === 'field'
      ? [
          ...(detail.sides!.some((s) => s.device === l.deviceId) ? ['mine'] : []),
          ...(detail.sides!.some((s) => s.device !== l.deviceId) ? ['theirs'] : []),
          'value',
        ]
      : ['restore', 'delete']
  const take = choices[choice % choices.length]!
  const field = detail.field as keyof typeof EDITED | undefined
  const value = take === 'value' && field && field in EDITED ? { value: EDITED[field][choice % 3] } : {}
  if (take === 'value' && !('value' in value)) return
  await l.call('conflicts.resolve', { id: conflict.id, take, ...value })
}

/**
 * Full exchanges until one changes nothing: every laptop sends the first one what it lacks, and
 * the first sends each of them what it lacks (all through files made for that colleague).
 * Where the finding is still private it is shared again, so that it can converge at all.
 */
async function exchangeUntilQuiet(laptops: Laptop[], id: string): Promise<void> {
  const [hub, ...spokes] = laptops
  const name = (l: Laptop) => `laptop ${laptops.indexOf(l)}`
  let last: string[] = []
  for (let round = 0; round < 6; round++) {
    last = []
    const exchange = async (from: Laptop, to: Laptop) => {
      const outcome = await importInto(to, await from.exportFor(to.deviceId))
      if (outcome.changed) last.push(`${name(from)} to ${name(to)}: ${outcome.refusal ?? 'new changes'}`)
    }
    for (const spoke of spokes) await exchange(spoke, hub!)
    for (const spoke of spokes) await exchange(hub!, spoke)
    if (round > 0) last.push(...(await unshareEverywhere(laptops, id)).map((l) => `shared again on ${name(l)}`))
    if (last.length === 0) return
  }
  throw new Error(`six full exchanges did not settle; the last one still changed: ${last.join('; ')}`)
}

/** Shares the finding again wherever it is still private; the laptops that had to. */
async function unshareEverywhere(laptops: Laptop[], id: string): Promise<Laptop[]> {
  const unshared: Laptop[] = []
  for (const l of laptops) {
    const current = await findingOn(l, id)
    if (!isPrivate(current)) continue
    if (current!.deleted) await l.call('findings.restore', { ids: [id] })
    await l.call('findings.update', { id, rights: [] })
    unshared.push(l)
  }
  return unshared
}

/** Every write that no other write had seen survives as the value or as a side of a conflict (null: cleared). */
export function lostEdits(finding: Finding, ops: Op[]): string[] {
  const lost: string[] = []
  const shown = finding as unknown as Record<string, unknown>
  for (const field of EDITED_FIELDS) {
    const writes = ops.filter((op) => op.change.type === 'set' && Object.hasOwn(op.change.values, field))
    const kept = new Set<unknown>([shown[field] ?? null])
    for (const c of finding.conflicts) if (c.kind === 'field' && c.field === field) c.sides.forEach((s) => kept.add(s.value ?? null))
    for (const w of writes.filter((w) => !writes.some((other) => hasSeen(other, w)))) {
      const value = (w.change as { values: Record<string, unknown> }).values[field] ?? null
      if (!kept.has(value)) lost.push(`${field}=${String(value)} by ${w.device}`)
    }
  }
  return lost
}
