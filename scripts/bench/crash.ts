/**
 * Crash benchmark: `npx tsx scripts/bench/crash.ts --trials 100` kills the writer at random
 * moments and prints how many trials ended with a damaged library or lost acknowledged writes.
 */
import { parseArgs } from 'node:util'
import { runTrials } from '../crash/trial'

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { trials: { type: 'string', default: '100' } } })
  const trials = Number(values.trials)
  if (!Number.isInteger(trials) || trials < 1) throw new Error(`--trials must be a whole number above 0, not "${values.trials}"`)
  const summary = await runTrials(trials, (result, i) => {
    if (!result.integrityOk || result.lost > 0 || result.draftLost) {
      process.stdout.write(`trial ${i + 1}: FAILED ${JSON.stringify(result)}\n`)
    }
  })
  process.stdout.write(
    [
      `trials: ${summary.trials}`,
      `integrity failures: ${summary.integrityFailures}`,
      `lost acknowledged writes: ${summary.lostWrites} of ${summary.acknowledged} acknowledged findings`,
      `lost acknowledged drafts: ${summary.lostDrafts}`,
      `time: ${(summary.ms / 1000).toFixed(1)} s (${(summary.ms / summary.trials).toFixed(0)} ms per trial)`,
      '',
    ].join('\n'),
  )
  process.exitCode = summary.integrityFailures + summary.lostWrites + summary.lostDrafts === 0 ? 0 : 1
}

void main()
