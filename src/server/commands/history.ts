import { fieldLabel } from '../../shared/findings/fieldLabels'
import { fieldValueText } from '../../shared/findings/valueText'
import type { FieldHistory, FindingHistory, HistoryChange, RecordEntry, SetEntry, ValueEntry } from '../../shared/model/history'
import { call, printJson, UsageError, withCore, type Command } from './command'

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** "this laptop (Ana's MacBook)" or a colleague's name; never a bare device id. */
const who = (change: HistoryChange) => (change.device.this_device ? `this laptop (${change.device.name})` : change.device.name)
const stamp = (change: HistoryChange) => `${when.format(new Date(change.at))}, ${who(change)}`
const by = (change: HistoryChange) => `${who(change)}, ${when.format(new Date(change.at))}`
const indent = (text: string) => text.split('\n').map((line) => `      ${line}`).join('\n')

function valueState(entry: ValueEntry): string {
  switch (entry.state) {
    case 'current':
      return 'now'
    case 'in_conflict':
      return 'in conflict, not yet resolved'
    case 'replaced':
      return `replaced by ${by(entry.replaced_by!)}`
    case 'kept':
      return `kept when a conflict was resolved by ${by(entry.replaced_by!)}`
    case 'set_aside':
      return entry.set_aside_by === 'deletion'
        ? `set aside when the deletion was confirmed by ${by(entry.replaced_by!)}`
        : `set aside when a conflict was resolved by ${by(entry.replaced_by!)}`
  }
}

function valueLines(field: string, entry: ValueEntry): string[] {
  const notes = [valueState(entry)]
  if (entry.at_creation) notes.unshift('when created')
  if (entry.resolved) notes.push(`resolved a conflict: kept ${entry.resolved.kept.length}, set aside ${entry.resolved.set_aside.length}`)
  if (entry.made_while_deleted) notes.push('made while the finding was deleted elsewhere')
  return [`  ${stamp(entry.change)} [${notes.join('; ')}]  change ${entry.change.change_id}`, indent(fieldValueText(field, entry.value))]
}

function setLine(field: string, entry: SetEntry): string {
  const fate = !entry.removed_by
    ? ''
    : entry.set_aside_by === 'deletion'
      ? ` [removed when the deletion was confirmed by ${by(entry.removed_by)}]`
      : ` [removed by ${by(entry.removed_by)}]`
  const created = entry.at_creation ? ' when the finding was created' : ''
  return `  ${stamp(entry.change)} ${entry.action} “${fieldValueText(field, entry.element)}”${created}${fate}  change ${entry.change.change_id}`
}

function recordLine(entry: RecordEntry): string {
  const outcome = { open: 'not yet resolved', restored: 'resolved by restoring it', confirmed: 'the deletion was confirmed' }
  const edits = entry.concurrent_edits > 0 ? ` while ${entry.concurrent_edits} edit(s) were made elsewhere; ${outcome[entry.outcome ?? 'open']}` : ''
  return `  ${stamp(entry.change)} ${entry.action}${edits}`
}

/** Per field, newest first; fields never changed since the finding was created are listed in one line. */
export function describeHistory(history: FindingHistory): string {
  const changed = history.fields.filter((field) => field.entries.some((entry) => !entry.at_creation))
  const unchanged = history.fields.filter((field) => !changed.includes(field))
  const lines = [
    `History of “${history.title}”${history.deleted ? ' (in the Trash)' : ''}`,
    `${history.changes} change(s). Times are each laptop's own clock, in your time zone.`,
    '',
    'The finding',
    ...history.record.map(recordLine),
  ]
  for (const field of changed) lines.push('', fieldLabel(field.field), ...fieldLines(field))
  if (unchanged.length > 0) lines.push('', `Unchanged since the finding was created: ${unchanged.map((f) => fieldLabel(f.field)).join(', ')}`)
  return `${lines.join('\n')}\n`
}

function fieldLines(field: FieldHistory): string[] {
  return field.type === 'value' ? field.entries.flatMap((entry) => valueLines(field.field, entry)) : field.entries.map((entry) => setLine(field.field, entry))
}

export const historyCommand: Command = {
  name: 'history',
  usage: 'history ID [--json] [--restore CHANGE --field FIELD]',
  summary: "A finding's history: every value of every field, who set it and when; --restore brings an earlier value back as a new change",
  options: { restore: { type: 'string' }, field: { type: 'string' } },
  run: ({ dataDir, args, flags }) =>
    withCore(dataDir, async (core) => {
      const id = args[0]
      if (!id) throw new UsageError('give the id of the finding whose history to show')
      if (typeof flags.restore === 'string') {
        if (typeof flags.field !== 'string') throw new UsageError('--restore needs --field FIELD: the field whose value to bring back')
        await call(core, 'history.restoreValue', { id, field: flags.field, change_id: flags.restore })
        process.stdout.write(`restored the earlier value of ${fieldLabel(flags.field)}\n`)
        return 0
      }
      const history = await call<FindingHistory>(core, 'history.forFinding', { id })
      if (flags.json === true) printJson(history)
      else process.stdout.write(describeHistory(history))
      return 0
    }),
}
