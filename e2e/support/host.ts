import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const REPO_ROOT = resolve(__dirname, '..', '..')

export interface Host {
  url: string
  origin: string
  token: string
  dataDir: string
  process: ChildProcess
  /** SIGTERM and wait: the host closes the library cleanly. */
  stop(): Promise<void>
  /** SIGKILL: the host dies mid-work, as in a crash. */
  kill(): Promise<void>
}

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'workbench-e2e-'))
}

/**
 * Starts the real browser host (`workbench serve`) as its own process on a free port, as a
 * user would, and resolves once it prints its URL.
 */
export function startHost(dataDir = newDataDir()): Promise<Host> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'serve', '--port', '0', '--data-dir', dataDir], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  return new Promise((resolveHost, reject) => {
    let output = ''
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)/.exec(output)
      if (!match?.[1] || !match[2]) return
      child.stdout?.off('data', onData)
      resolveHost({
        url: match[0],
        origin: match[1],
        token: match[2],
        dataDir,
        process: child,
        stop: async () => {
          child.kill('SIGTERM')
          await exited
        },
        kill: async () => {
          child.kill('SIGKILL')
          await exited
        },
      })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`workbench serve exited with ${code}:\n${output}`)))
  })
}
