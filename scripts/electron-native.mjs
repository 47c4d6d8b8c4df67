// Builds a second copy of better-sqlite3 for Electron's ABI in .electron-native/, leaving
// node_modules' Node-ABI build (used by tests, the CLI and the browser host) untouched.
// See docs/architecture.md, "Native module, two ABIs".
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const MODULES = ['better-sqlite3', 'bindings', 'file-uri-to-path']

/** Returns the path of the Electron-ABI addon, building it first if it is missing or stale. */
export async function ensureElectronSqlite(root) {
  const outDir = join(root, '.electron-native')
  const addon = join(outDir, 'better_sqlite3.node')
  const stampFile = join(outDir, 'stamp.json')
  const electronVersion = require(join(root, 'node_modules', 'electron', 'package.json')).version
  const sqliteVersion = require(join(root, 'node_modules', 'better-sqlite3', 'package.json')).version
  const stamp = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch })
  if (existsSync(addon) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return addon

  const buildDir = join(outDir, 'build')
  rmSync(buildDir, { recursive: true, force: true })
  mkdirSync(join(buildDir, 'node_modules'), { recursive: true })
  for (const name of MODULES) {
    const from = join(root, 'node_modules', name)
    if (existsSync(from)) cpSync(from, join(buildDir, 'node_modules', name), { recursive: true })
  }
  rmSync(join(buildDir, 'node_modules', 'better-sqlite3', 'build'), { recursive: true, force: true })
  writeFileSync(
    join(buildDir, 'package.json'),
    JSON.stringify({ name: 'electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }),
  )
  // A nodedir pointing at Node's headers would make node-gyp build the Node ABI and label it
  // Electron (stack notes), so it is removed for this build only.
  delete process.env.npm_config_nodedir
  delete process.env.NPM_CONFIG_NODEDIR
  const { rebuild } = await import('@electron/rebuild')
  await rebuild({ buildPath: buildDir, projectRootPath: buildDir, electronVersion, onlyModules: ['better-sqlite3'], force: true })
  cpSync(join(buildDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), addon)
  writeFileSync(stampFile, stamp)
  return addon
}
