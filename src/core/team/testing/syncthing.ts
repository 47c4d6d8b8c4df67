import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { tempDir } from '../../testing/tempLibrary'

/** Whether Debian's `syncthing` is installed (the integration test needs it; `.ci/run` installs it). */
export const syncthingInstalled = (): boolean => spawnSync('syncthing', ['--version'], { encoding: 'utf8' }).status === 0

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export interface SyncthingNode {
  name: string
  home: string
  folder: string
  deviceId: string
  apiKey: string
  gui: number
  listen: number
  process?: ChildProcess
  log: string[]
}

/** A temp home with its own key pair, and the team folder it carries. */
export async function prepareNode(name: string): Promise<SyncthingNode> {
  const home = tempDir(`workbench-syncthing-${name}-`)
  const generated = spawnSync('syncthing', ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'], { encoding: 'utf8' })
  if (generated.status !== 0) throw new Error(`syncthing generate failed: ${generated.stderr}`)
  const deviceId = /<device id="([A-Z0-9-]+)"/.exec(readFileSync(join(home, 'config.xml'), 'utf8'))![1]!
  const folder = tempDir(`workbench-syncthing-team-${name}-`)
  mkdirSync(join(folder, '.stfolder'), { recursive: true })
  return { name, home, folder, deviceId, apiKey: randomBytes(16).toString('hex'), gui: await freePort(), listen: await freePort(), log: [] }
}

/**
 * Writes the node's config.xml: one send-and-receive folder shared with the peers, static
 * 127.0.0.1 addresses, and nothing that reaches beyond loopback (no global or local discovery,
 * no relays, no NAT traversal, no usage reporting, no upgrades).
 */
export function configure(node: SyncthingNode, peers: readonly SyncthingNode[]): void {
  const all = [node, ...peers]
  const xml = `<configuration version="36">
  <folder id="team" label="team" path="${node.folder}" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="true">
${all.map((d) => `    <device id="${d.deviceId}"></device>`).join('\n')}
    <minDiskFree unit="%">0</minDiskFree>
  </folder>
${all.map((d) => `  <device id="${d.deviceId}" name="${d.name}" compression="metadata" introducer="false"><address>tcp://127.0.0.1:${d.listen}</address><autoAcceptFolders>false</autoAcceptFolders></device>`).join('\n')}
  <gui enabled="true" tls="false"><address>127.0.0.1:${node.gui}</address><apikey>${node.apiKey}</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${node.listen}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <crashReportingEnabled>false</crashReportingEnabled>
    <startBrowser>false</startBrowser>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
  </options>
</configuration>
`
  writeFileSync(join(node.home, 'config.xml'), xml)
}

export function start(node: SyncthingNode): void {
  const child = spawn('syncthing', ['serve', `--home=${node.home}`, '--no-browser', '--no-restart', '--no-upgrade'], {
    env: { ...process.env, STNOUPGRADE: '1', STNORESTART: '1', STNODEFAULTFOLDER: '1', HOME: node.home },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const keep = (chunk: Buffer) => node.log.push(...chunk.toString('utf8').split('\n').filter(Boolean).slice(-50))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  node.process = child
}

export async function rest<T>(node: SyncthingNode, path: string, method = 'GET'): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${node.gui}${path}`, { method, headers: { 'X-API-Key': node.apiKey } })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`)
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

/** Waits until `check` holds, polling; the error says what was awaited, with the nodes' last log lines. */
export async function until(what: string, check: () => Promise<boolean> | boolean, nodes: readonly SyncthingNode[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if (await check()) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`timed out waiting for ${what}\n${nodes.map((n) => `${n.name}:\n${n.log.slice(-15).join('\n')}`).join('\n')}`)
}

export async function stop(node: SyncthingNode): Promise<void> {
  const child = node.process
  if (!child || child.exitCode !== null) return
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve()
    }, 10_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
