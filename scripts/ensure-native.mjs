// Safety net before tests: if better-sqlite3 in node_modules does not load under this Node
// (a half-finished install, or a copy built for Electron by some other tool), rebuild it for
// Node. node_modules must always hold the Node-ABI build.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
try {
  const Database = require('better-sqlite3')
  new Database(':memory:').close()
} catch (error) {
  console.log(`better-sqlite3 does not load under Node (${error.message.split('\n')[0]}); rebuilding it for Node...`)
  const result = spawnSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit' })
  process.exit(result.status ?? 1)
}
