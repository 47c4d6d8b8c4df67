/**
 * `npm run bench`: every benchmark in turn, each in its own process (so one's memory never
 * skews another's figures). Each prints its own table; docs/benchmarks.md collects them.
 *   npm run bench                 all of them (about an hour on 2 cores)
 *   npm run bench -- sync crash   only those named
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

const ROOT = resolve(__dirname, '..', '..')

interface Bench {
  name: string
  args: string[]
  /** Extra Node flags, e.g. a larger heap for the 100k search corpus. */
  node?: string[]
  /** Needs the built renderer (browser benchmarks). */
  build?: boolean
  /** A JavaScript entry run as is (not through tsx). */
  plain?: boolean
}

const BENCHES: Bench[] = [
  { name: 'search', args: ['scripts/bench/search.ts'], node: ['--max-old-space-size=12000', '--expose-gc'] },
  { name: 'sync', args: ['scripts/bench/sync.ts'] },
  { name: 'convergence', args: ['node_modules/vitest/vitest.mjs', 'run', 'src/core/sync/convergence.test.ts'], plain: true },
  { name: 'crash', args: ['scripts/bench/crash.ts', '--trials', '100'] },
  { name: 'timeline', args: ['scripts/bench/timeline.ts'], build: true },
  { name: 'findings-scroll', args: ['scripts/bench/findings-scroll.ts'], build: true },
  { name: 'page-viewer', args: ['scripts/bench/pageViewer.ts'], build: true },
  { name: 'ocr', args: ['scripts/bench/ocr.ts'] },
  { name: 'romanize', args: ['scripts/bench/romanize.ts'] },
  { name: 'hostile', args: ['scripts/bench/hostile.ts'] },
  { name: 'history', args: ['scripts/bench/history.ts'] },
  { name: 'team', args: ['scripts/bench/team.ts'] },
  { name: 'team-size', args: ['scripts/bench/teamCompaction.ts', '--findings', '1000', '--edits', '10000', '--edits-per-file', '500'] },
  { name: 'day-import', args: ['scripts/bench/dayImport.ts'] },
  { name: 'day-import-page', args: ['scripts/bench/dayImportPage.ts'], build: true },
]

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  return spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env }).status ?? 1
}

const wanted = process.argv.slice(2)
const chosen = BENCHES.filter((b) => wanted.length === 0 || wanted.includes(b.name))
if (chosen.some((b) => b.build)) run(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'])
let failed = 0
for (const bench of chosen) {
  console.log(`\n=== ${bench.name} ===`)
  const env = { ...process.env, CONVERGENCE_RUNS: process.env.CONVERGENCE_RUNS ?? '2000' }
  const loader = bench.plain ? [] : ['--import', 'tsx']
  const code = run(process.execPath, [...(bench.node ?? []), ...loader, ...bench.args], env)
  if (code !== 0) failed++
}
process.exit(failed === 0 ? 0 : 1)
