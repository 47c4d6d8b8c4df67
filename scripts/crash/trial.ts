/**
 * Crash trials: start the writer (scripts/crash/writer.ts) on a copy of a library, SIGKILL it
 * at a random moment, reopen the library as the app does, and check that SQLite's integrity
 * check passes, every acknowledged finding is there and the last acknowledged draft survives.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createApi, DATABASE_FILE } from '../../src/core/createApi'
import { openDatabase } from '../../src/core/db/open'
import { CRASH_DRAFT_ID } from './writer'

const ROOT = resolve(__dirname, '..', '..')

export interface TrialResult {
  integrityOk: boolean
  acknowledged: number
  /** Acknowledged findings missing after the crash. */
  lost: number
  /** True when the draft on disk is older than the last acknowledged draft save. */
  draftLost: boolean
  killedAfterMs: number
}

export interface TrialSummary {
  trials: number
  integrityFailures: number
  lostWrites: number
  lostDrafts: number
  acknowledged: number
  ms: number
}

/** A library with its seed data, made once and copied for each trial. */
export function makeTemplate(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'workbench-crash-template-'))
  createApi({ dataDir, resourcesDir: join(ROOT, 'resources') }).close()
  return join(dataDir, DATABASE_FILE)
}

/** One trial on a fresh copy of `template`, killed 0..maxDelayMs after the writer is ready. */
export async function runTrial(template: string, maxDelayMs = 400): Promise<TrialResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'workbench-crash-'))
  try {
    copyFileSync(template, join(dataDir, DATABASE_FILE))
    const killedAfterMs = Math.floor(Math.random() * maxDelayMs)
    const lines = await runAndKill(dataDir, killedAfterMs)
    return { ...inspect(dataDir, lines), killedAfterMs }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Runs `trials` trials one after another and totals them. */
export async function runTrials(trials: number, onTrial?: (result: TrialResult, index: number) => void): Promise<TrialSummary> {
  const started = Date.now()
  const template = makeTemplate()
  const summary: TrialSummary = { trials, integrityFailures: 0, lostWrites: 0, lostDrafts: 0, acknowledged: 0, ms: 0 }
  try {
    for (let i = 0; i < trials; i++) {
      const result = await runTrial(template)
      summary.integrityFailures += result.integrityOk ? 0 : 1
      summary.lostWrites += result.lost
      summary.lostDrafts += result.draftLost ? 1 : 0
      summary.acknowledged += result.acknowledged
      onTrial?.(result, i)
    }
  } finally {
    rmSync(join(template, '..'), { recursive: true, force: true })
  }
  summary.ms = Date.now() - started
  return summary
}

function runAndKill(dataDir: string, delayMs: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/crash/writer.ts', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let errors = ''
  return new Promise((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const wasReady = output.startsWith('ready\n')
      output += chunk.toString()
      if (!wasReady && output.startsWith('ready\n')) setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.once('close', (_code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`the writer stopped by itself (${signal ?? 'exit'}): ${errors}`))
      else done(output.split('\n').filter((line) => line !== '' && line !== 'ready'))
    })
  })
}

function inspect(dataDir: string, lines: string[]): Omit<TrialResult, 'killedAfterMs'> {
  const ids = lines.filter((l) => l.startsWith('finding ')).map((l) => l.slice('finding '.length))
  const lastDraft = Math.max(0, ...lines.filter((l) => l.startsWith('draft ')).map((l) => Number(l.slice('draft '.length))))
  const db = openDatabase(join(dataDir, DATABASE_FILE))
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string
    const stored = new Set(db.prepare<[], { id: string }>('SELECT id FROM findings').all().map((r) => r.id))
    const draft = db.prepare<[string], { form: string }>('SELECT form FROM drafts WHERE id = ?').get(CRASH_DRAFT_ID)
    const draftN = draft ? (JSON.parse(draft.form) as { n: number }).n : 0
    return {
      integrityOk: integrity === 'ok',
      acknowledged: ids.length,
      lost: ids.filter((id) => !stored.has(id)).length,
      draftLost: draftN < lastDraft,
    }
  } finally {
    db.close()
  }
}
