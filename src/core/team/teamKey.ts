import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The team passphrase, kept in the library folder in a file only its owner may read (0600),
 * beside the database; the OS keychain is not used. Every file this library writes into the team
 * folder is encrypted with it (the sync file's scrypt + AES-256-GCM wrapping), and every file it
 * reads there must open with it.
 */
export const TEAM_PASSPHRASE_FILE = 'team-passphrase'

export function teamKeyStore(dataDir: string) {
  const file = join(dataDir, TEAM_PASSPHRASE_FILE)
  return {
    get(): string | undefined {
      try {
        const text = readFileSync(file, 'utf8')
        return text === '' ? undefined : text
      } catch {
        return undefined
      }
    },
    set(passphrase: string | undefined): void {
      if (passphrase === undefined) return rmSync(file, { force: true })
      writeFileSync(file, passphrase, { mode: 0o600 })
      chmodSync(file, 0o600)
    },
  }
}

export type TeamKeyStore = ReturnType<typeof teamKeyStore>
