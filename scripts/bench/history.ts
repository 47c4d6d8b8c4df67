/**
 * History benchmark: how long `history.forFinding` takes for a finding edited many times on two
 * laptops (summary edits with a conflict resolved every tenth exchange, tag changes), against
 * `findings.get` of the same finding (which reads one stored row) for scale.
 * Run: npx tsx scripts/bench/history.ts [--edits 100,1000,3000]
 */
import { rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { laptop, SCENARIO_FINDINGS, type Laptop } from '../../src/core/sync/testing/laptop'

const RUNS = 5

async function timed(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!
}

/** Edits one finding `edits` times, alternating laptops, with a conflict and its resolution every tenth round. */
async function buildHistory(a: Laptop, b: Laptop, edits: number): Promise<string> {
  const { id } = await a.call<{ id: string }>('findings.create', SCENARIO_FINDINGS[0])
  await b.importFile(await a.exportFor())
  for (let i = 0; i < edits; i++) {
    const [writer, other] = i % 2 === 0 ? [a, b] : [b, a]
    await writer.call('findings.update', { id, summary_en: `Summary, version ${i}: Zhou says the volunteers leave in three echelons.` })
    if (i % 7 === 0) await writer.call('findings.tag', { ids: [id], add: [`t${i % 5}`], remove: [`t${(i + 2) % 5}`] })
    if (i % 10 === 9) {
      await other.call('findings.update', { id, summary_en: `Concurrent version ${i}.` })
      await other.importFile(await writer.exportFor())
      const [conflict] = await other.call<{ id: string }[]>('conflicts.list')
      if (conflict) await other.call('conflicts.resolve', { id: conflict.id, take: 'mine' })
    }
    if (i % 2 === 1 || i % 10 === 9) await other.importFile(await writer.exportFor())
  }
  await b.importFile(await a.exportFor())
  await a.importFile(await b.exportFor())
  return id
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { edits: { type: 'string', default: '100,1000,3000' } } })
  const sizes = values.edits.split(',').map(Number)
  console.log('| edits | changes in the log | history.forFinding (median of 5) | findings.get | ratio |')
  console.log('|---|---|---|---|---|')
  for (const edits of sizes) {
    // As the hosts run: results are not re-checked against the contract.
    const [a, b] = [laptop({ validateOutput: false }), laptop({ validateOutput: false })]
    try {
      const id = await buildHistory(a!, b!, edits)
      const changes = (a!.library.db.prepare('SELECT count(*) AS n FROM ops WHERE record = ?').get(id) as { n: number }).n
      const history = await timed(() => a!.call('history.forFinding', { id }))
      const get = await timed(() => a!.call('findings.get', { id }))
      console.log(`| ${edits} | ${changes} | ${history.toFixed(1)} ms | ${get.toFixed(1)} ms | ${(history / get).toFixed(1)} |`)
    } finally {
      for (const l of [a!, b!]) {
        await l.library.close()
        rmSync(l.library.dataDir, { recursive: true, force: true })
      }
    }
  }
}

void main()
