import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { TeamSyncResult } from '../../shared/model/team'
import { laptop, SCENARIO_FINDINGS, type Laptop } from '../sync/testing/laptop'
import { configure, prepareNode, rest, start, stop, syncthingInstalled, until, type SyncthingNode } from './testing/syncthing'

/**
 * Two real Syncthing instances (Debian's package) on loopback, each carrying one laptop's team
 * folder. Skipped only when the binary is not installed (`.ci/run` installs it from apt).
 */
const installed = syncthingInstalled()
const title = installed
  ? 'carries an edit from one laptop to the other through real Syncthing, and keeps a conflict'
  : 'carries an edit through real Syncthing (SKIPPED: the syncthing binary is not installed; apt-get install syncthing)'

const nodes: SyncthingNode[] = []
const laptops: Laptop[] = []
afterAll(async () => {
  await Promise.all(nodes.map(stop))
  await Promise.all(laptops.map((l) => l.dispose()))
})

describe('a team folder moved by Syncthing', () => {
  it.skipIf(!installed)(title, async () => {
    const [a, b] = [await prepareNode('anna'), await prepareNode('boris')]
    nodes.push(a, b)
    configure(a, [b])
    configure(b, [a])
    start(a)
    start(b)
    await until('the two Syncthing instances to connect on loopback', async () => {
      const connections = await rest<{ connections: Record<string, { connected: boolean }> }>(a, '/rest/system/connections')
      return connections.connections[b.deviceId]?.connected === true
    }, nodes)

    const [anna, boris] = [laptop(), laptop()]
    laptops.push(anna, boris)
    await anna.call('team.join', { dir: a.folder, name: 'Alliance project' })
    await boris.call('team.join', { dir: b.folder, name: 'Alliance project' })
    const scan = (node: SyncthingNode) => rest(node, '/rest/db/scan?folder=team', 'POST')
    const arrived = (node: SyncthingNode, writer: Laptop, file: string) => existsSync(join(node.folder, writer.library.identity.deviceId, file))
    const summaries = async (l: Laptop) => ((await l.state()) as { summary_en?: string }[]).map((f) => f.summary_en)

    // An edit on Anna's laptop arrives on Boris's and is merged there.
    const { id } = await anna.call<{ id: string }>('findings.create', { ...SCENARIO_FINDINGS[0], summary_en: 'Zhou insists.' })
    const first = await anna.call<TeamSyncResult>('team.sync')
    await scan(a)
    await until('Anna’s file to reach Boris’s folder', () => arrived(b, anna, first.written!.file), nodes)
    await until('Boris to import it', async () => (await boris.call<TeamSyncResult>('team.sync'), (await summaries(boris)).includes('Zhou insists.')), nodes)

    // Both change the same field before seeing each other's change: a conflict, kept on both.
    await anna.call('findings.update', { id, summary_en: 'Kim agrees.' })
    await boris.call('findings.update', { id, summary_en: 'Peng disagrees.' })
    const [fromAnna, fromBoris] = [await anna.call<TeamSyncResult>('team.sync'), await boris.call<TeamSyncResult>('team.sync')]
    await Promise.all([scan(a), scan(b)])
    await until('both edits to cross', () => arrived(b, anna, fromAnna.written!.file) && arrived(a, boris, fromBoris.written!.file), nodes)
    let conflicts = 0
    for (const l of [anna, boris]) conflicts += (await l.call<TeamSyncResult>('team.sync')).conflicts
    expect(conflicts).toBe(2)
    const [stateA, stateB] = [await anna.state(), await boris.state()]
    expect(stateA).toEqual(stateB)
    // Both sides' values are kept in the conflict, for a person to resolve.
    const kept = JSON.stringify(await anna.call('findings.get', { id }))
    expect(kept).toMatch(/Kim agrees\.[\s\S]*Peng disagrees\.|Peng disagrees\.[\s\S]*Kim agrees\./)
  }, 300_000)
})
