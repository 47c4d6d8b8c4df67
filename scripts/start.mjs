// `npm start`: the Electron app where Electron can run, otherwise the same app in the browser
// host on 127.0.0.1. Extra arguments (--data-dir DIR, --port N) pass through.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureElectronSqlite } from './electron-native.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const DOWNLOAD_TIMEOUT_MS = 180_000

function run(command, commandArgs, options = {}) {
  return spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options })
}

function electronBinary() {
  const dir = join(root, 'node_modules', 'electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : undefined
}

/** Electron >= 42 fetches its binary on first launch; try that once, bounded in time. */
function downloadElectron() {
  console.log('Fetching the Electron binary (first launch only)...')
  // The installer's own output is a stack trace when offline; the reason line below says it all.
  const result = run(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    timeout: DOWNLOAD_TIMEOUT_MS,
    stdio: 'ignore',
  })
  return result.status === 0 ? electronBinary() : undefined
}

async function electronOrReason() {
  if (process.env.WORKBENCH_BROWSER === '1') return { reason: 'WORKBENCH_BROWSER=1 asks for the browser host' }
  const binary = electronBinary() ?? downloadElectron()
  if (!binary) return { reason: 'the Electron binary is not installed and could not be downloaded (no internet?)' }
  try {
    return { binary, addon: await ensureElectronSqlite(root) }
  } catch (error) {
    return { reason: `the database module could not be built for Electron (${error.message.split('\n')[0]})` }
  }
}

function startBrowserHost(reason) {
  console.log(`Electron is not used because ${reason}; starting the browser host instead.`)
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/cli.ts'), 'serve', ...args], {
    cwd: root,
    stdio: 'inherit',
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code) => process.exit(code ?? 0))
}

const build = run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
})
if (build.status !== 0) {
  console.error('The app could not be built; see the errors above.')
  process.exit(1)
}
const choice = await electronOrReason()
if (choice.binary) {
  const child = spawn(choice.binary, [root, ...args], { cwd: root, stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  startBrowserHost(choice.reason)
}
