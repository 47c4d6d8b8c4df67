import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'

/**
 * Starts a worker thread from `<name>.js` beside the caller's file (a build: electron-vite emits
 * each worker as its own entry) or, from sources, `<name>.ts` run through tsx. A .ts file runs
 * through a two-line bootstrap that registers tsx's CommonJS hooks inside the worker first: on
 * Node 20, `execArgv: ['--import', 'tsx']` does not reach a worker's entry file.
 */
export function spawnWorker(dir: string, name: string, workerData: unknown, file?: string): Worker {
  const js = join(dir, `${name}.js`)
  const entry = file ?? (existsSync(js) ? js : join(dir, `${name}.ts`))
  if (!entry.endsWith('.ts')) return new Worker(entry, { workerData })
  const tsx = createRequire(__filename).resolve('tsx/cjs/api')
  const bootstrap = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)})`
  return new Worker(bootstrap, { eval: true, workerData })
}
