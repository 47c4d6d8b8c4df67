import { useState } from 'react'
import type { FindingConflict } from '../../../../shared/model/findingParts'
import { valueText } from '../findings/ConflictList'
import { humanize } from '../findings/labels'
import type { Resolve } from './ConflictsPanel'
import { sideLabel, type DeviceName, type Side } from './sides'
import { ThreeWayText } from './ThreeWayText'

type FieldConflict = Extract<FindingConflict, { kind: 'field' }>

/** Fields whose values are long prose: shown side by side with the changed words marked. */
const LONG_TEXT_FIELDS = new Set(['summary_en', 'transcription', 'translation_en', 'notes'])
const FIELD_NAMES: Record<string, string> = { summary_en: 'Summary', translation_en: 'English translation' }

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
  // The same choice of "mine" and "theirs" the core makes when resolving.
  const mine = conflict.sides.find((side) => side.device === deviceId)
  const theirs = conflict.sides.filter((side) => side.device !== deviceId).at(-1)
  const others = conflict.sides.filter((side) => side !== mine && side !== theirs)
  const provisional = [...conflict.sides].sort((a, b) => (a.hlc < b.hlc ? -1 : 1)).at(-1)!
  const long = LONG_TEXT_FIELDS.has(conflict.field) && conflict.sides.every((side) => typeof side.value === 'string')
  const field = FIELD_NAMES[conflict.field] ?? humanize(conflict.field)

  return (
    <div className="conflict-body">
      <p>
        <strong>{field}</strong> was changed on two laptops without either seeing the other&rsquo;s change. Shown meanwhile: the
        value from {sideLabel(provisional, deviceName)}.
      </p>
      {long ? (
        <ThreeWayText base={conflict.base} mine={mine} theirs={theirs} describeSide={(side) => sideLabel(side, deviceName)} field={field} />
      ) : (
        <dl className="conflict-values">
          <dt>Before both changes</dt>
          <dd>{conflict.base === undefined ? '(no common value)' : valueText(conflict.base)}</dd>
          {conflict.sides.map((side) => (
            <div key={side.hlc} className="fact-row">
              <dt>{sideLabel(side, deviceName)}</dt>
              <dd>{valueText(side.value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {long && others.length > 0 && (
        <p className="muted">
          Also changed on: {others.map((side) => sideLabel(side, deviceName)).join('; ')}.
        </p>
      )}
      {merging ? (
        <MergeEditor field={field} mine={mine} theirs={theirs} busy={busy} onSave={(text) => void onResolve('value', text)} onCancel={() => setMerging(false)} />
      ) : (
        <div className="dialog-actions">
          {mine && (
            <button type="button" disabled={busy} onClick={() => void onResolve('mine')}>
              Keep mine
            </button>
          )}
          {theirs && (
            <button type="button" disabled={busy} onClick={() => void onResolve('theirs')}>
              Keep theirs ({deviceName(theirs.device)})
            </button>
          )}
          {others.map((side) => (
            <button key={side.hlc} type="button" disabled={busy} onClick={() => void onResolve('value', side.value)}>
              Keep the value from {deviceName(side.device)}
            </button>
          ))}
          {long && (
            <button type="button" disabled={busy} onClick={() => setMerging(true)}>
              Write a merged text
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
  return (
    <form className="merge-editor" onSubmit={(e) => (e.preventDefault(), props.onSave(text))} aria-label={`Merge the ${props.field.toLowerCase()}`}>
      <label className="field-block">
        Merged {props.field.toLowerCase()}
        <textarea value={text} rows={6} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="dialog-actions">
        {mine && (
          <button type="button" onClick={() => setText(valueOf(mine))}>
            Start again from mine
          </button>
        )}
        {theirs && (
          <button type="button" onClick={() => setText(valueOf(theirs))}>
            Start again from theirs
          </button>
        )}
        <button type="submit" disabled={props.busy || text.trim() === ''}>
          Save the merged text
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

const valueOf = (side: Side | undefined) => (typeof side?.value === 'string' ? side.value : '')
