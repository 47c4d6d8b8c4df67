import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir } from '../../testing/tempLibrary'

/** A file one member wrote, as `member/name`. */
export type FolderPath = string

/**
 * A team folder as a folder-moving tool keeps it: one copy per member (its Syncthing folder, its
 * view of the network drive, its USB stick), and a transport that carries files between copies
 * late, in any order, partly, twice (as the tool's conflicted copy), or loses them.
 */
export function simulatedFolder(members: number) {
  const copies = Array.from({ length: members }, () => tempDir('workbench-team-copy-'))
  /** The copy each member writes in, by device id (say it with `own` before the member joins): its files and deletions are the truth. */
  const owners = new Map<string, number>()
  const isTeamFile = (name: string) => /^(\d{6}|snapshot-\d{6})\.rrsync$/.test(name) || name === 'left'
  /** Every file any member has written into its own copy (and not deleted since), as far as the transport knows. */
  const written = (): FolderPath[] => [
    ...new Set(
      copies.flatMap((copy, index) =>
        readdirSync(copy, { withFileTypes: true })
          .filter((d) => d.isDirectory() && owners.get(d.name) === index)
          .flatMap((d) => readdirSync(join(copy, d.name)).filter(isTeamFile).map((n) => `${d.name}/${n}`)),
      ),
    ),
  ]
  /** The writer's copy, when the file is still there: never another member's copy, which may hold only part of it. */
  const holder = (path: FolderPath): string | undefined => {
    const owner = owners.get(path.split('/')[0]!)
    return owner !== undefined && existsSync(join(copies[owner]!, path)) ? copies[owner] : undefined
  }
  /** Files a member deleted from its own copy (pruned) go from copy `to` too. */
  const propagateDeletes = (to: number): void => {
    const copy = copies[to]!
    for (const [member, owner] of owners) {
      if (owner === to || !existsSync(join(copy, member))) continue
      for (const name of readdirSync(join(copy, member))) {
        if (isTeamFile(name) && !existsSync(join(copies[owner]!, member, name))) rmSync(join(copy, member, name))
      }
    }
  }
  const target = (to: number, path: FolderPath): string => {
    const file = join(copies[to]!, path)
    mkdirSync(join(file, '..'), { recursive: true })
    return file
  }

  return {
    copies,
    written,
    /** Says which copy a member (by device id) writes in. */
    own: (member: string, copy: number): void => void owners.set(member, copy),
    propagateDeletes,
    /** The whole file arrives (atomically, as Syncthing renames a finished temp file). */
    deliver(path: FolderPath, to: number): void {
      const from = holder(path)
      if (from && from !== copies[to]) copyFileSync(join(from, path), target(to, path))
    },
    /** A copy in progress: the tool's temp name, or the final name with only the first part written. */
    deliverPart(path: FolderPath, to: number, asTemp: boolean): void {
      const from = holder(path)
      if (!from || from === copies[to]) return
      const bytes = readFileSync(join(from, path))
      const [member, name] = path.split('/') as [string, string]
      if (asTemp) writeFileSync(target(to, `${member}/.syncthing.${name}.tmp`), bytes)
      else if (!existsSync(join(copies[to]!, path))) writeFileSync(target(to, path), bytes.subarray(0, bytes.length >> 1))
    },
    /** The tool's "conflicted copy" of a file, beside it. */
    deliverConflictedCopy(path: FolderPath, to: number): void {
      const from = holder(path)
      if (from) copyFileSync(join(from, path), target(to, path.replace('.rrsync', '.sync-conflict-20261206-000000-ABCDEFG.rrsync')))
    },
    /** Someone deleted the file, and the tool deleted it everywhere. */
    lose(path: FolderPath): void {
      for (const copy of copies) rmSync(join(copy, path), { force: true })
    },
    /** Every file reaches every copy, whole; leftover temp files are cleaned up as the tool would. */
    settle(): void {
      copies.forEach((_, to) => propagateDeletes(to))
      for (const path of written()) copies.forEach((_, to) => this.deliver(path, to))
      for (const copy of copies) {
        for (const d of readdirSync(copy)) for (const n of readdirSync(join(copy, d))) if (n.startsWith('.')) rmSync(join(copy, d, n))
      }
    },
    dispose: () => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })),
  }
}
