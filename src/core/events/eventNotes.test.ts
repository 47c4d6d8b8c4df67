import { describe, expect, it } from 'vitest'
import { exchange, laptopsPerTest } from '../sync/testing/laptop'

interface Note {
  id: string
  note: string
  createdAt: string
}
const EVENT = 'august-plenum-1956'
const notesOn = async (laptop: { call<T>(m: string, i?: unknown): Promise<T> }) =>
  (await laptop.call<{ annotations: Note[] }>('events.get', { id: EVENT })).annotations.map((a) => a.note)

describe('deleting a note on an event', () => {
  const newLaptop = laptopsPerTest()

  it('removes the note, and restoring brings back the same note with its date', async () => {
    const a = newLaptop()
    const kept = await a.call<Note>('events.annotate', { eventId: EVENT, note: 'Compare GARF record.' })
    const gone = await a.call<Note>('events.annotate', { eventId: EVENT, note: 'Ask about fond 5.' })
    expect(await a.call('events.deleteNote', { id: gone.id })).toEqual({ id: gone.id, eventId: EVENT })
    expect(await notesOn(a)).toEqual([kept.note])
    await a.call('events.restoreNote', { id: gone.id })
    const back = (await a.call<{ annotations: Note[] }>('events.get', { id: EVENT })).annotations
    expect(back).toContainEqual(gone)
    expect(back).toHaveLength(2)
  })

  it('refuses a note id the library does not have, in words', async () => {
    const a = newLaptop()
    await expect(a.call('events.deleteNote', { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' })).rejects.toThrow(/no note on an event/)
  })

  it('reaches a colleague as an ordinary change, and so does the undo', async () => {
    const a = newLaptop()
    const b = newLaptop()
    const note = await a.call<Note>('events.annotate', { eventId: EVENT, note: 'Shared reading note.' })
    await exchange(a, b)
    expect(await notesOn(b)).toContain(note.note)
    await a.call('events.deleteNote', { id: note.id })
    await exchange(a, b)
    expect(await notesOn(b)).not.toContain(note.note)
    await a.call('events.restoreNote', { id: note.id })
    await exchange(a, b)
    expect(await notesOn(b)).toContain(note.note)
    await b.reopen()
    expect(await notesOn(b)).toContain(note.note)
  })
})
