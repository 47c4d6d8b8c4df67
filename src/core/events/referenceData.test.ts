import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Db } from '../db/types'
import { loadEssay } from '../essay/loadEssay'
import { openTempLibrary, tempDir, TEST_RESOURCES_DIR } from '../testing/tempLibrary'
import { loadReferenceData, seedReferenceData } from './referenceData'
import type { SeedEvent } from './referenceEvents'

type Library = ReturnType<typeof openTempLibrary>
const libraries: Library[] = []
afterEach(() => libraries.splice(0).forEach((lib) => lib.dispose()))

function open(options: Parameters<typeof openTempLibrary>[0] = {}): Library {
  const lib = openTempLibrary(options)
  libraries.push(lib)
  return lib
}

/** Every row of the tables this feature owns, for before/after comparisons. */
function snapshot(db: Db): Record<string, unknown[]> {
  const tables = ['entities', 'entity_names', 'events', 'event_entities', 'event_sections', 'event_paragraphs',
    'event_annotations']
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]))
}

function copyResources(): string {
  const dir = tempDir('workbench-resources-')
  cpSync(TEST_RESOURCES_DIR, dir, { recursive: true })
  return dir
}

describe('bundled reference data', () => {
  it('gives a fresh library 119 events and 80 entities with every name form', async () => {
    const lib = open()
    const info = await lib.api['app.info']({})
    expect(info.counts).toMatchObject({ events: 119, entities: 80, entityNames: 748 })
    expect(lib.db.prepare(`SELECT count(*) AS n FROM events WHERE origin = 'bundled'`).get()).toEqual({ n: 119 })
  })

  it('re-seeding twice changes nothing, row for row', () => {
    const lib = open()
    const essay = loadEssay(TEST_RESOURCES_DIR)
    const data = loadReferenceData(TEST_RESOURCES_DIR, essay)
    const before = snapshot(lib.db)
    const changesBefore = lib.db.prepare('SELECT total_changes() AS n').get()
    expect(seedReferenceData(lib.db, data, essay)).toBe(false)
    expect(seedReferenceData(lib.db, data, essay, true)).toBe(true)
    expect(seedReferenceData(lib.db, data, essay, true)).toBe(true)
    expect(lib.db.prepare('SELECT total_changes() AS n').get()).toEqual(changesBefore)
    expect(snapshot(lib.db)).toEqual(before)
  })

  it('derives paragraph links only inside an event\u2019s sections, from names the paragraph mentions', async () => {
    const lib = open()
    const plenum = await lib.api['events.get']({ id: 'august-plenum-1956' })
    const paragraphs = plenum.paragraphs.map((p) => p.paragraphId)
    expect(paragraphs).toContain('explaining-evolution-p3')
    expect(paragraphs.every((id) => id.startsWith('explaining-evolution-'))).toBe(true)
    expect(plenum.paragraphs.every((p) => p.derived && p.origin === 'bundled')).toBe(true)
  })

  it('an upgrade of the reference data updates bundled rows and keeps the researcher\u2019s own', async () => {
    const resourcesDir = copyResources()
    const first = open({ resourcesDir })
    const own = await first.api['events.create']({
      date: '1956-09', title: 'My reading of the September events', kind: 'political', actors: ['kim-il-sung'],
      uncertain: false, summary: '', sources: [], places: [], topics: [], sections: [], paragraphs: [],
    })
    const alias = await first.api['entities.addName']({
      entityId: 'kim-il-sung', form: '金首相', lang: 'ko', script: 'Hani', relation: 'alias',
    })
    await first.api['events.annotate']({ eventId: 'mukden-incident', note: 'Check the Lytton report.' })
    await first.api['events.annotate']({ eventId: 'kim-il-sung-joins-ccp', note: 'Suh Dae-sook says 1931.' })
    const dataDir = first.dataDir
    first.close()
    libraries.splice(libraries.indexOf(first), 1)

    const file = join(resourcesDir, 'seed', 'events.json')
    const events = JSON.parse(readFileSync(file, 'utf8')) as SeedEvent[]
    const changed = events
      .filter((e) => e.id !== 'kim-il-sung-joins-ccp' && e.id !== 'neajua-formed')
      .map((e) => (e.id === 'august-plenum-1956' ? { ...e, title: 'August plenum (revised title)' } : e))
    changed.push({ ...events[0]!, id: 'new-reference-event', title: 'Shipped in the upgrade', date: '1960' })
    writeFileSync(file, JSON.stringify(changed))

    const upgraded = open({ resourcesDir, dataDir })
    const ids = (await upgraded.api['events.list']({})).map((e) => e.id)
    expect((await upgraded.api['events.get']({ id: 'august-plenum-1956' })).title).toBe('August plenum (revised title)')
    expect(ids).toContain('new-reference-event')
    expect(ids).not.toContain('neajua-formed')
    // Annotated by the researcher, so kept although the new data dropped it.
    expect(ids).toContain('kim-il-sung-joins-ccp')
    expect(await upgraded.api['events.get']({ id: own.id })).toEqual(own)
    expect((await upgraded.api['events.get']({ id: 'mukden-incident' })).annotations.map((a) => a.note)).toEqual([
      'Check the Lytton report.',
    ])
    const names = (await upgraded.api['entities.get']({ id: 'kim-il-sung' })).entity.names
    expect(names.find((n) => n.id === alias.id)).toEqual(alias)
  })
})
