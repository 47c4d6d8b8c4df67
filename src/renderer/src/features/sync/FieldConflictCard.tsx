import { useState } from 'react'
import type { FindingConflict } from '../../../../shared/model/findingParts'
import { currentLocale, useLabels, useT } from '../../i18n'
import type { Resolve } from './ConflictsPanel'
import { sideLabel, type DeviceName, type Side } from './sides'
import { ThreeWayText } from './ThreeWayText'

type FieldConflict = Extract<FindingConflict, { kind: 'field' }>

/** Fields whose values are long prose: shown side by side with the changed words marked. */
const LONG_TEXT_FIELDS = new Set(['summary_en', 'transcription', 'translation_en', 'notes'])

interface Props {
  conflict: FieldConflict
  deviceId: string
  deviceName: DeviceName
  onResolve: Resolve
  busy: boolean
}

/**
 * A field two laptops changed differently: the base, each side with its device and time, and
 * the value shown meanwhile (the latest clock); keep one side, or write a merged text.
 */
export function FieldConflictCard({ conflict, deviceId, deviceName, onResolve, busy }: Props) {
  const [merging, setMerging] = useState(false)
  const t = useT()
  const labels = useLabels()
  const locale = currentLocale()
  const empty = t('common.empty')
  // The same choice of "mine" and "theirs" the core makes when resolving.
  const mine = conflict.sides.find((side) => side.device === deviceId)
  const theirs = conflict.sides.filter((side) => side.device !== deviceId).at(-1)
  const others = conflict.sides.filter((side) => side !== mine && side !== theirs)
  const provisional = [...conflict.sides].sort((a, b) => (a.hlc < b.hlc ? -1 : 1)).at(-1)!
  const long = LONG_TEXT_FIELDS.has(conflict.field) && conflict.sides.every((side) => typeof side.value === 'string')
  const field = labels.field(conflict.field)

  return (
    <div className="conflict-body">
      <p>
        {t('sync.fieldChanged', { field, side: sideLabel(provisional, deviceName, t, locale) })}
      </p>
      {long ? (
        <ThreeWayText base={conflict.base} mine={mine} theirs={theirs} describeSide={(side) => sideLabel(side, deviceName, t, locale)} field={field} />
      ) : (
        <dl className="conflict-values">
          <dt>{t('sync.beforeBoth')}</dt>
          <dd>{conflict.base === undefined ? t('sync.noCommonValue') : labels.fieldValue(conflict.field, conflict.base, empty)}</dd>
          {conflict.sides.map((side) => (
            <div key={side.hlc} className="fact-row">
              <dt>{sideLabel(side, deviceName, t, locale)}</dt>
              <dd>{labels.fieldValue(conflict.field, side.value, empty)}</dd>
            </div>
          ))}
        </dl>
      )}
      {long && others.length > 0 && (
        <p className="muted">
          {t('sync.alsoChanged', { sides: others.map((side) => sideLabel(side, deviceName, t, locale)).join('; ') })}
        </p>
      )}
      {merging ? (
        <MergeEditor field={field} mine={mine} theirs={theirs} busy={busy} onSave={(text) => void onResolve('value', text)} onCancel={() => setMerging(false)} />
      ) : (
        <div className="dialog-actions">
          {mine && (
            <button type="button" disabled={busy} onClick={() => void onResolve('mine')}>
              {t('sync.keepMine')}
            </button>
          )}
          {theirs && (
            <button type="button" disabled={busy} onClick={() => void onResolve('theirs')}>
              {t('sync.keepTheirs', { device: deviceName(theirs.device) })}
            </button>
          )}
          {others.map((side) => (
            <button key={side.hlc} type="button" disabled={busy} onClick={() => void onResolve('value', side.value)}>
              {t('sync.keepFrom', { device: deviceName(side.device) })}
            </button>
          ))}
          {long && (
            <button type="button" disabled={busy} onClick={() => setMerging(true)}>
              {t('sync.writeMerged')}
            </button>
          )}
        </div>
      )}
    </div>
  )
}

function MergeEditor(props: { field: string; mine?: Side; theirs?: Side; busy: boolean; onSave(text: string): void; onCancel(): void }) {
  const { mine, theirs } = props
  const [text, setText] = useState(valueOf(mine ?? theirs))
  const t = useT()
  return (
    <form className="merge-editor" onSubmit={(e) => (e.preventDefault(), props.onSave(text))} aria-label={t('sync.mergeLabel', { field: props.field })}>
      <label className="field-block">
        {t('sync.merged', { field: props.field })}
        <textarea value={text} rows={6} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="dialog-actions">
        {mine && (
          <button type="button" onClick={() => setText(valueOf(mine))}>
            {t('sync.startFromMine')}
          </button>
        )}
        {theirs && (
          <button type="button" onClick={() => setText(valueOf(theirs))}>
            {t('sync.startFromTheirs')}
          </button>
        )}
        <button type="submit" disabled={props.busy || text.trim() === ''}>
          {t('sync.saveMerged')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}

const valueOf = (side: Side | undefined) => (typeof side?.value === 'string' ? side.value : '')
