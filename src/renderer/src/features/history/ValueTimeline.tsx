import type { ValueEntry } from '../../../../shared/model/history'
import { DiffText, ThreeWayText } from '../sync/ThreeWayText'
import { wordDiff } from '../sync/wordDiff'
import { HistoryEntryMeta } from './HistoryEntryMeta'
import { changeText, fateText, resolutionText, stateLabel, valueText, type LinkNames } from './historyWords'
import { useHistoryWords } from './useHistoryWords'
import { RestoreAction } from './RestoreAction'

/** Fields written in the document's own language (shaped and voiced with its language tag). */
const ORIGINAL_LANGUAGE_FIELDS = new Set(['doc_date_as_written', 'title_original', 'classification_original', 'precedence', 'transcription'])

/** Prose worth a word diff: several words, or several lines. */
const isLongText = (value: unknown): value is string => typeof value === 'string' && (value.length > 60 || value.includes('\n'))

/**
 * The text to mark changes against, when marking helps: a text rewritten through and through
 * reads better whole than as a field of struck-out words.
 */
function diffBase(text: string, previous: unknown): string | undefined {
  if (!isLongText(previous)) return undefined
  const letters = (part: string) => part.replace(/\s+/g, '').length
  const kept = wordDiff(previous, text).reduce((sum, part) => sum + (part.type === 'same' ? letters(part.text) : 0), 0)
  return kept >= 0.4 * Math.max(letters(text), letters(previous)) ? previous : undefined
}

export interface TimelineProps {
  field: string
  /** The finding's language, for text in the original. */
  lang: string
  names: LinkNames
  /** Restoring is offered only while the finding is out of the Trash. */
  canRestore: boolean
  restore(field: string, changeId: string): Promise<void>
}

/** A plain field's values, newest first; each long text marks the words it changed from the one it replaced. */
export function ValueTimeline({ entries, ...props }: TimelineProps & { entries: ValueEntry[] }) {
  const byId = new Map(entries.map((entry) => [entry.change.change_id, entry]))
  return (
    <ol className="history-entries">
      {entries.map((entry) => (
        <ValueItem key={entry.change.change_id} entry={entry} byId={byId} {...props} />
      ))}
    </ol>
  )
}

function ValueItem({ entry, byId, field, lang, names, canRestore, restore }: TimelineProps & { entry: ValueEntry; byId: Map<string, ValueEntry> }) {
  const previous = entry.replaces.length === 1 ? byId.get(entry.replaces[0]!) : undefined
  const words = useHistoryWords()
  const { t, labels } = words
  const label = labels.field(field)
  const fate = fateText(entry, words)
  return (
    <li className={`history-entry history-${entry.state.replace('_', '-')}`}>
      <HistoryEntryMeta change={entry.change} badge={{ kind: entry.state.replace('_', '-'), text: stateLabel(entry, t) }}>
        {entry.at_creation && <span className="muted"> · {t('history.atCreation')}</span>}
      </HistoryEntryMeta>
      <div className="history-value" lang={ORIGINAL_LANGUAGE_FIELDS.has(field) ? lang : undefined}>
        {isLongText(entry.value) ? (
          <p className="history-text">
            <DiffText text={entry.value} against={diffBase(entry.value, previous?.value)} />
          </p>
        ) : (
          <p>{valueText(field, entry.value, names, words)}</p>
        )}
      </div>
      {entry.resolved && <p className="history-note">{resolutionText(entry.resolved, words)}</p>}
      {entry.resolved && <ResolvedTexts entry={entry} byId={byId} field={label} />}
      {fate && <p className="history-note">{fate}</p>}
      {entry.made_while_deleted && <p className="history-note">{t('history.madeWhileDeleted')}</p>}
      {canRestore && entry.restorable && (
        <RestoreAction
          label={t(entry.state === 'in_conflict' ? 'history.keepThis' : 'history.restoreThis')}
          question={t('history.restoreQuestion', { field: labels.field(field) })}
          run={() => restore(field, entry.change.change_id)}
        />
      )}
    </li>
  )
}

/** For a resolved conflict of long texts: the text both sides started from, and each side's changes to it. */
function ResolvedTexts({ entry, byId, field }: { entry: ValueEntry; byId: Map<string, ValueEntry>; field: string }) {
  const words = useHistoryWords()
  const { t } = words
  const sides = [...entry.resolved!.kept, ...entry.resolved!.set_aside].map((change) => byId.get(change.change_id)!)
  if (!sides.every((side) => typeof side.value === 'string' && isLongText(side.value)) || sides.length < 2) return null
  const [first, second] = sides as [ValueEntry, ValueEntry]
  const base = first.replaces.length === 1 ? byId.get(first.replaces[0]!)?.value : undefined
  const side = (e: ValueEntry) => ({ value: e.value, device: e.change.device.id, hlc: e.change.change_id })
  const kept = entry.resolved!.kept.length > 0
  return (
    <details className="history-compare">
      <summary>{t('history.compare')}</summary>
      <ThreeWayText
        base={base}
        mine={side(first)}
        theirs={side(second)}
        describeSide={(shown) => changeText(byId.get(shown.hlc)!.change, words)}
        field={field}
        titles={{ mine: t(kept ? 'history.state.kept' : 'history.state.set_aside'), theirs: t('history.state.set_aside') }}
      />
    </details>
  )
}
