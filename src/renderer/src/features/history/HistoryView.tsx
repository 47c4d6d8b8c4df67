import { useState } from 'react'
import type { Input } from '../../../../shared/api/contract'
import type { FieldHistory, FindingHistory } from '../../../../shared/model/history'
import { call } from '../../api/client'
import { useCall } from '../../api/useCall'
import { HistoryEntryMeta } from './HistoryEntryMeta'
import { useLabels, useT } from '../../i18n'
import { recordText } from './historyWords'
import { SetTimeline } from './SetTimeline'
import { useLinkNames } from './useLinkNames'
import { ValueTimeline, type TimelineProps } from './ValueTimeline'

interface Props {
  id: string
  /** The finding's language tag, for text in the original. */
  lang: string
  /** Changes when the library does, to reload the history. */
  version: number
}

const LINK_FIELDS = new Set(['entities', 'events', 'creators', 'recipients', 'participants', 'repository_id'])
const changedSinceCreation = (field: FieldHistory) => field.entries.some((entry) => !entry.at_creation)

/**
 * A finding's history: its creation, deletions and restores, then every field it has changed,
 * each value newest first with who set it and when, what replaced it, and how conflicts ended.
 * Any earlier value can be brought back as a new change.
 */
export function HistoryView({ id, lang, version }: Props) {
  const result = useCall('history.forFinding', { id }, `${id}@${version}`, id)
  const history = result.status === 'done' ? result.value : undefined
  const names = useLinkNames(history?.fields.some((field) => LINK_FIELDS.has(field.field)) ?? false)
  const [status, setStatus] = useState<string>()
  const [showUnchanged, setShowUnchanged] = useState(false)
  const t = useT()
  const labels = useLabels()

  async function restore(field: string, changeId: string): Promise<void> {
    setStatus(undefined)
    await call('history.restoreValue', { id, field: field as Input<'history.restoreValue'>['field'], change_id: changeId })
    setStatus(t('history.restored', { field: labels.field(field) }))
  }

  if (result.status === 'loading') return <p className="loading">{t('history.loading')}</p>
  if (result.status === 'error') return <p role="alert">{result.message}</p>
  const { fields, record } = result.value
  const changed = fields.filter(changedSinceCreation)
  const unchanged = fields.filter((field) => !changedSinceCreation(field))
  const timeline: Omit<TimelineProps, 'field'> = { lang, names, canRestore: !result.value.deleted, restore }
  return (
    <div className="history-view">
      <p className="muted">
        {t('history.intro')}
      </p>
      <p role="status" className="history-status">
        {status}
      </p>
      {result.value.deleted && <p className="notice notice-deleted">{t('history.inTrash')}</p>}
      <section className="history-field" aria-labelledby="history-record">
        <h3 id="history-record">{t('history.theFinding')}</h3>
        <ol className="history-entries">
          {record.map((entry) => (
            <li key={entry.change.change_id} className="history-entry">
              <HistoryEntryMeta change={entry.change} />
              <p className="history-value">{recordText(entry, t)}</p>
            </li>
          ))}
        </ol>
      </section>
      {changed.length === 0 && <p>{t('history.noChanges')}</p>}
      {changed.map((field) => (
        <FieldSection key={field.field} field={field} timeline={timeline} />
      ))}
      {unchanged.length > 0 && <Unchanged fields={unchanged} open={showUnchanged} onToggle={() => setShowUnchanged((v) => !v)} timeline={timeline} />}
    </div>
  )
}

function FieldSection({ field, timeline }: { field: FieldHistory; timeline: Omit<TimelineProps, 'field'> }) {
  const headingId = `history-${field.field}`
  const labels = useLabels()
  return (
    <section className="history-field" aria-labelledby={headingId}>
      <h3 id={headingId}>{labels.field(field.field)}</h3>
      {field.type === 'value' ? (
        <ValueTimeline field={field.field} entries={field.entries} {...timeline} />
      ) : (
        <SetTimeline field={field.field} entries={field.entries} {...timeline} />
      )}
    </section>
  )
}

function Unchanged(props: { fields: FindingHistory['fields']; open: boolean; onToggle(): void; timeline: Omit<TimelineProps, 'field'> }) {
  const t = useT()
  const labels = useLabels()
  return (
    <section className="history-unchanged" aria-label={t('history.unchangedLabel')}>
      <p>
        {t('history.unchanged', { fields: props.fields.map((field) => labels.field(field.field)).join(t('history.listSeparator')) })}{' '}
        <button type="button" className="link-button" aria-expanded={props.open} onClick={props.onToggle}>
          {props.open ? t('history.hideValues') : t('history.showValues')}
        </button>
      </p>
      {props.open && props.fields.map((field) => <FieldSection key={field.field} field={field} timeline={props.timeline} />)}
    </section>
  )
}
