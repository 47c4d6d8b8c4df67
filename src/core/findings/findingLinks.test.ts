import { describe, expect, it } from 'vitest'
import { laptopsPerTest, SCENARIO_FINDINGS } from '../sync/testing/laptop'

const [base] = SCENARIO_FINDINGS

interface Page {
  total: number
  items: { id: string; title: string }[]
}

describe('findings.list by link, and its "Words" filter', () => {
  const newLaptop = laptopsPerTest()

  it('lists the findings linked to a person and to an event (the other side of the link)', async () => {
    const a = newLaptop()
    const eventId = (await a.call<{ id: string }[]>('events.list', {}))[0]!.id
    const linked = await a.call<{ id: string }>('findings.create', { ...base, title_or_description: 'Kim on the plenum', entities: ['kim-il-sung'], events: [eventId] })
    await a.call('findings.create', { ...base, title_or_description: 'Unrelated', entities: [], events: [] })
    const byPerson = await a.call<Page>('findings.list', { entity_id: 'kim-il-sung' })
    expect(byPerson.items.map((f) => f.id)).toEqual([linked.id])
    const byEvent = await a.call<Page>('findings.list', { event_id: eventId })
    expect(byEvent.items.map((f) => f.id)).toEqual([linked.id])
    // Unlinked: the finding is no longer on either side.
    await a.call('findings.update', { id: linked.id, entities: [], events: [] })
    expect((await a.call<Page>('findings.list', { entity_id: 'kim-il-sung' })).total).toBe(0)
    expect((await a.call<Page>('findings.list', { event_id: eventId })).total).toBe(0)
  })

  it('finds words in the transcription, translation and notes, each word anywhere', async () => {
    const a = newLaptop()
    const f = await a.call<{ id: string }>('findings.create', {
      ...base,
      title_or_description: 'Conversation at the embassy',
      transcription: '조선로동당 중앙위원회 8월 전원회의',
      translation_en: 'The August plenum of the Central Committee',
      provenance_note: 'Copied from microfilm reel 14',
    })
    for (const text of ['전원회의', 'August plenum', 'microfilm', 'embassy reel']) {
      expect((await a.call<Page>('findings.list', { text })).items.map((x) => x.id), text).toEqual([f.id])
    }
    expect((await a.call<Page>('findings.list', { text: 'embassy banana' })).total).toBe(0)
  })
})
