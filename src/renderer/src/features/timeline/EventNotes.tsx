import { useState, type FormEvent } from 'react'
import type { EventAnnotation, EventDetail } from '../../../../shared/model/event'
import { call } from '../../api/client'
import { offerUndo } from '../../components/undo'
import { translate, useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'

/** The researcher's notes on an event: each can be deleted (with undo), and a new one added. */
export function EventNotes({ event }: { event: EventDetail }) {
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | undefined>()
  const t = useT()
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault()
    try {
      await call('events.annotate', { eventId: event.id, note })
      setNote('')
      setError(undefined)
    } catch (err) {
      setError(errorText(err))
    }
  }
  async function remove(annotation: EventAnnotation): Promise<void> {
    try {
      await deleteNote(annotation, event.title)
      setError(undefined)
    } catch (err) {
      setError(errorText(err))
    }
  }
  return (
    <section aria-label={t('timeline.yourNotes')}>
      <h3>{t('timeline.yourNotes')}</h3>
      <ul className="event-notes">
        {event.annotations.map((a) => (
          <li key={a.id}>
            <span>{a.note}</span>{' '}
            <button type="button" className="link-button" aria-label={t('timeline.deleteNoteNamed', { note: a.note.slice(0, 60) })} onClick={() => void remove(a)}>
              {t('timeline.deleteNote')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit}>
        <label>
          {t('timeline.addNote')} <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" disabled={note.trim() === ''}>
          {t('timeline.saveNote')}
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  )
}

/** Deletes a note and offers its undo (toast and Ctrl/Cmd+Z): the same note comes back. */
async function deleteNote(annotation: EventAnnotation, eventTitle: string): Promise<void> {
  await call('events.deleteNote', { id: annotation.id })
  offerUndo({ message: translate('actions.deletedNote', { event: eventTitle }), undo: () => call('events.restoreNote', { id: annotation.id }) })
}
