import type { HistoryChange, HistoryDevice, RecordEntry, ValueEntry } from '../../../../shared/model/history'

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** A moment in the reader's own language and time zone, e.g. "5 Dec 2026, 19:17". */
export function formatWhen(iso: string): string {
  return WHEN.format(new Date(iso))
}

/** Who made a change, for people: "this laptop", a colleague's name, or "an unnamed laptop (1)". */
export function deviceText(device: HistoryDevice): string {
  return device.this_device ? 'this laptop' : device.name
}

/** "this laptop, 5 Dec 2026, 19:17". */
export function changeText(change: HistoryChange): string {
  return `${deviceText(change.device)}, ${formatWhen(change.at)}`
}

/** The short word beside a value: what it is now. */
export function stateLabel(entry: ValueEntry): string {
  switch (entry.state) {
    case 'current':
      return 'Current'
    case 'in_conflict':
      return 'In conflict'
    case 'replaced':
      return 'Earlier'
    case 'kept':
      return 'Kept'
    case 'set_aside':
      return 'Set aside'
  }
}

/** What became of a value, in a sentence: "Replaced by Bo in Beijing, 5 Dec 2026, 19:20." */
export function fateText(entry: ValueEntry): string | undefined {
  const by = entry.replaced_by && changeText(entry.replaced_by)
  switch (entry.state) {
    case 'current':
      return undefined
    case 'in_conflict':
      return 'Another laptop set a different value without seeing this one; the conflict is not resolved yet.'
    case 'replaced':
      return `Replaced by ${by}.`
    case 'kept':
      return `Kept when a conflict was resolved by ${by}.`
    case 'set_aside':
      return entry.set_aside_by === 'deletion'
        ? `Set aside when the finding's deletion was confirmed by ${by}.`
        : `Set aside when a conflict was resolved by ${by}.`
  }
}

/** What a resolving change did: "Resolved a conflict: kept the value from this laptop; set aside the one from Bo in Beijing." */
export function resolutionText(resolved: NonNullable<ValueEntry['resolved']>): string {
  const names = (changes: HistoryChange[]) => changes.map((change) => deviceText(change.device)).join(' and ')
  const kept = resolved.kept.length > 0 ? `kept the value from ${names(resolved.kept)}` : 'wrote a new value'
  return `Resolved a conflict: ${kept}; set aside the value from ${names(resolved.set_aside)}.`
}

/** A line of the finding's own life: created, moved to the Trash, brought back. */
export function recordText(entry: RecordEntry): string {
  const action = { created: 'Created', deleted: 'Moved to the Trash', restored: 'Restored from the Trash' }[entry.action]
  if (entry.concurrent_edits === 0) return action
  const outcome = { open: 'not resolved yet', restored: 'resolved by restoring it, with those edits', confirmed: 'the deletion was confirmed and those edits set aside' }
  const edits = entry.concurrent_edits === 1 ? '1 edit' : `${entry.concurrent_edits} edits`
  return `${action} while ${edits} were made on another laptop; ${outcome[entry.outcome ?? 'open']}`
}
