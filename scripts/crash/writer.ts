/**
 * Crash-trial writer: opens a library and writes findings through the validating dispatcher
 * (exactly as the hosts do) until it is killed. After each transaction commits it prints
 * `finding <id>`, and every few findings it saves the entry form's draft and prints
 * `draft <n>`, each with a synchronous write to fd 1, so a line on stdout means "acknowledged".
 *
 * Usage: npx tsx scripts/crash/writer.ts --data-dir DIR
 */
import { writeSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createApi } from '../../src/core/createApi'

/** The draft every trial checks: the entry form's autosave slot. */
export const CRASH_DRAFT_ID = 'crash-trial-draft'
const DRAFT_EVERY = 3

function acknowledge(line: string): void {
  writeSync(1, `${line}\n`)
}

function finding(n: number): Record<string, unknown> {
  return {
    repository_id: 'prc-fma-archive',
    reference_raw: `外交部档案馆 106-00999-${String(n % 100).padStart(2, '0')}`,
    title_or_description: `Crash trial finding ${n}`,
    doc_type: 'record_of_conversation',
    original_language: 'zh-Hans',
    confidence: 'probable',
    copy_type: 'original_viewed',
    doc_date_as_written: '1958年2月15日',
    viewed_on: '2026-11-20',
    summary_en: `Written by the crash-trial writer, number ${n}. `.repeat(4),
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } })
  if (!values['data-dir']) throw new Error('give --data-dir DIR')
  const core = createApi({ dataDir: values['data-dir'], resourcesDir: resolve(__dirname, '..', '..', 'resources') })
  acknowledge('ready')
  for (let n = 1; ; n++) {
    const result = await core.dispatch('findings.create', finding(n))
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
    acknowledge(`finding ${(result.value as { id: string }).id}`)
    if (n % DRAFT_EVERY === 0) {
      const saved = await core.dispatch('drafts.save', { id: CRASH_DRAFT_ID, form: { typed: `draft ${n}`, n } })
      if (!saved.ok) throw new Error(`${saved.error.code}: ${saved.error.message}`)
      acknowledge(`draft ${n}`)
    }
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`writer: ${(error as Error).message}\n`)
    process.exit(1)
  })
}
