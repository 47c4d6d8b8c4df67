import { homedir } from 'node:os'
import { join } from 'node:path'

const APP_DIR_NAME = 'Reading Room Workbench'
const XDG_DIR_NAME = 'reading-room-workbench'

/**
 * The library's default home, one per OS, shared by the Electron shell, the browser host and
 * the CLI so that all of them open the same library.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME)
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME)
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), XDG_DIR_NAME)
}

/** `--data-dir` wins over `WORKBENCH_DATA_DIR`, which wins over the OS default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.WORKBENCH_DATA_DIR || defaultDataDir(process.platform, env)
}
