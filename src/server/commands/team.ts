import type { TeamStatus, TeamSyncResult } from '../../shared/model/team'
import { call, printJson, UsageError, withCore, type Command, type CommandContext } from './command'
import { passphrase } from './sync'

/**
 * `--name` is a switch of `romanize` in the one flag table every command shares, so here it
 * marks the word after it (`team join DIR --name NAME`) rather than carrying a value.
 */
function joinInput({ args, flags }: CommandContext): { dir: string; name: string; passphrase?: string } {
  const [, dir, name] = args
  if (!dir) throw new UsageError('give the team folder: team join DIR --name NAME')
  if (!name || flags.name !== true) throw new UsageError('give the team a name: team join DIR --name NAME')
  const key = passphrase(flags)
  return { dir, name, ...(key === undefined ? {} : { passphrase: key }) }
}

function describeStatus(status: TeamStatus): string {
  if (!status.folder) return 'This library is in no team folder. Join one with: team join DIR --name NAME\n'
  const { folder, own } = status
  const lines = [
    `Team “${folder.name}” in ${folder.dir} (joined ${folder.joined_at.slice(0, 10)}, last sync ${folder.last_sync_at ?? 'never'})`,
    status.encrypted ? 'Files in the folder are encrypted with the team passphrase kept in this library.' : 'Files in the folder are not encrypted (no team passphrase).',
    `This device (${status.device.deviceName}): ${own.files} files written, last ${own.last_file ?? 'none'}; ${own.pending_changes} changes not written yet`,
  ]
  for (const m of status.members) {
    const gaps = m.missing.length > 0 ? `; missing files ${m.missing.join(', ')}` : ''
    const copying = m.incomplete > 0 ? `; ${m.incomplete} still being copied` : ''
    const waiting = m.waiting > 0 ? `; ${m.waiting} waiting for earlier changes` : ''
    lines.push(`  ${m.name ?? `device ${m.device_id}`}: last file ${m.last_file ?? 'none'} (${m.imported} imported)${gaps}${copying}${waiting}`)
  }
  const c = status.compaction
  lines.push(
    `Snapshot: ${c.snapshot ? `${c.snapshot.file} by ${c.snapshot.member ?? 'a member none of whose files was read yet'} (${c.snapshot.created_at.slice(0, 16).replace('T', ' ')})` : 'none yet'}; ` +
      `${c.files_in_folder} own files in the folder, ${c.pruned} pruned` +
      (c.held_back_by.length > 0 ? `; pruning waits for ${c.held_back_by.join(', ')}` : '') +
      (c.left.length > 0 ? `; left the team: ${c.left.join(', ')}` : ''),
  )
  for (const r of status.refused) lines.push(`  refused ${r.file}: ${r.reason}`)
  return `${lines.join('\n')}\n`
}

function describeSync(result: TeamSyncResult): string {
  const wrote = result.written ? `wrote ${result.written.file} (${result.written.changes} changes)` : 'nothing new to write'
  const skipped = [
    result.duplicates > 0 ? `${result.duplicates} duplicate copies ignored` : '',
    result.incomplete > 0 ? `${result.incomplete} files still being copied` : '',
    result.waiting > 0 ? `${result.waiting} files waiting for earlier changes` : '',
    result.refused > 0 ? `${result.refused} files refused (see team status)` : '',
    result.snapshot ? `wrote snapshot ${result.snapshot}` : '',
    result.pruned > 0 ? `pruned ${result.pruned} own files` : '',
  ].filter(Boolean)
  return (
    `${wrote}; imported ${result.imported} files: ${result.created} created, ${result.updated} updated, ` +
    `${result.deleted} deleted, ${result.conflicts} conflicts${skipped.length > 0 ? `; ${skipped.join(', ')}` : ''}\n`
  )
}

export const teamCommand: Command = {
  name: 'team',
  usage: 'team join DIR --name NAME [--passphrase-file F]   |   team status   |   team sync   |   team compact   |   team leave',
  summary: 'Sync with a team folder moved by Syncthing, a network drive or a USB stick',
  async run(context) {
    const action = context.args[0]
    if (action !== 'join' && action !== 'status' && action !== 'leave' && action !== 'sync' && action !== 'compact') {
      throw new UsageError(`team: say join, status, sync, compact or leave${action ? ` (not "${action}")` : ''}`)
    }
    const input = action === 'join' ? joinInput(context) : {}
    return withCore(context.dataDir, async (core) => {
      const json = context.flags.json === true
      if (action === 'sync' || action === 'compact') {
        const result = await call<TeamSyncResult>(core, 'team.sync', action === 'compact' ? { compact: true } : {})
        process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : describeSync(result))
        return 0
      }
      const status = await call<TeamStatus>(core, `team.${action}`, input)
      if (json) printJson(status)
      else process.stdout.write(action === 'leave' ? 'Left the team folder; the library and the folder are unchanged.\n' : describeStatus(status))
      return 0
    })
  },
}
