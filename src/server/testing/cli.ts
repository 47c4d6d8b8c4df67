import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

const ROOT = resolve(__dirname, '..', '..', '..')

/**
 * Runs the real CLI as a user would (`npm run --silent workbench -- ...`, minus npm), with no
 * data folder from the environment unless `env` gives one.
 */
export function runWorkbench(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WORKBENCH_DATA_DIR: '', ...env },
    // A CLI still running after a minute is a failure (a worker keeping the process alive, say).
    timeout: 60_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
