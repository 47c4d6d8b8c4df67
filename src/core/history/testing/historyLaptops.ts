import { afterEach } from 'vitest'
import type { FieldHistory, FindingHistory, SetEntry, ValueEntry } from '../../../shared/model/history'
import { exchange, laptop, SCENARIO_FINDINGS, type Laptop } from '../../sync/testing/laptop'
import { openTempLibrary, tempDir } from '../../testing/tempLibrary'

/** A laptop whose owner named it, as a colleague sees it in sync files and history. */
export async function namedLaptop(name: string): Promise<Laptop> {
  const dataDir = tempDir()
  const first = openTempLibrary({ dataDir })
  first.db.prepare("UPDATE meta SET value = ? WHERE key = 'device_name'").run(name)
  await first.close()
  const reopened = laptop({ dataDir })
  // Reopening an existing library takes the day's backup in the background: let it finish.
  await reopened.library.backgroundWork
  return reopened
}

/** A one-pixel PNG: the smallest photo an attachment can be. */
export const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a9a00000000049454e44ae426082', 'hex')

/** Opens named laptops for a test, and closes and removes them after each test of the suite. */
export function laptopsPerTest(): (name: string) => Promise<Laptop> {
  const opened: Laptop[] = []
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((l) => l.dispose()))
  })
  return async (name) => {
    const l = await namedLaptop(name)
    opened.push(l)
    return l
  }
}

/** Two laptops that set the first summary differently without seeing each other; `a` now holds the conflict. */
export async function summaryConflict(a: Laptop, b: Laptop): Promise<{ id: string }> {
  const f = await createFinding(a)
  await exchange(a, b)
  await a.call('findings.update', { id: f.id, summary_en: 'Ana’s summary.' })
  await b.call('findings.update', { id: f.id, summary_en: 'Bo’s summary.' })
  await exchange(b, a)
  return f
}

/** A finding from the scenarios, with a known summary and without pages, created on `on`. */
export async function createFinding(on: Laptop, fields: Record<string, unknown> = {}): Promise<{ id: string }> {
  return on.call<{ id: string }>('findings.create', { ...SCENARIO_FINDINGS[0], pages: undefined, summary_en: 'First summary.', ...fields })
}

export const historyOf = (on: Laptop, id: string) => on.call<FindingHistory>('history.forFinding', { id })

/** One plain field's entries, newest first. */
export function valuesOf(history: FindingHistory, field: string): ValueEntry[] {
  const found = history.fields.find((f): f is Extract<FieldHistory, { type: 'value' }> => f.field === field && f.type === 'value')
  if (!found) throw new Error(`no value history for ${field}`)
  return found.entries
}

/** One list field's additions and removals, newest first. */
export function changesOf(history: FindingHistory, field: string): SetEntry[] {
  const found = history.fields.find((f): f is Extract<FieldHistory, { type: 'set' }> => f.field === field && f.type === 'set')
  if (!found) throw new Error(`no list history for ${field}`)
  return found.entries
}

/** Resolves the finding's one open conflict on `on`. */
export async function resolveOnly(on: Laptop, take: string, value?: unknown): Promise<void> {
  const [conflict, ...more] = await on.call<{ id: string }[]>('conflicts.list')
  if (!conflict || more.length > 0) throw new Error('expected exactly one open conflict')
  await on.call('conflicts.resolve', { id: conflict.id, take, ...(value === undefined ? {} : { value }) })
}
