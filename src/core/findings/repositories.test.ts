import { describe, expect, it } from 'vitest'
import { exchange, laptopsPerTest } from '../sync/testing/laptop'

interface Stored {
  id: string
  name: string
  origin: string
  names: { form: string; lang: string; script: string }[]
  city?: string
  country?: string
  collections?: string[]
}

const NIKH = {
  name: 'National Institute of Korean History',
  original_name: '국사편찬위원회',
  city: 'Gwacheon',
  country: 'KR',
  collection: 'North Korean documents captured in the Korean War (RG 242)',
}

/** A Zotero CSL-JSON export with one record from an archive the bundled list lacks. */
const ZOTERO = JSON.stringify([
  { id: 'z1', type: 'manuscript', title: 'Letter of Pak Hon-yong', archive: '국사편찬위원회', archive_location: 'RG 242, SA 2005, box 3', issued: { 'date-parts': [[1950, 7, 2]] } },
  { id: 'z2', type: 'manuscript', title: 'Order of the day', archive: '국사편찬위원회', archive_location: 'RG 242, SA 2009, box 1', issued: { 'date-parts': [[1950, 8]] } },
])

describe('repositories.add', () => {
  const newLaptop = laptopsPerTest()

  it('adds an archive from a name, its own-script name, place and collection, and refuses the same name twice', async () => {
    const a = newLaptop()
    const added = await a.call<Stored>('repositories.add', NIKH)
    expect(added).toMatchObject({ id: 'national-institute-of-korean-history', origin: 'user', city: 'Gwacheon', country: 'KR', collections: [NIKH.collection] })
    expect(added.names).toEqual([
      { form: 'National Institute of Korean History', lang: 'en', script: 'Latn', preferred: true },
      { form: '국사편찬위원회', lang: 'ko', script: 'Hang' },
    ])
    const listed = await a.call<Stored[]>('repositories.list')
    expect(listed.find((r) => r.id === added.id)?.name).toBe('National Institute of Korean History')
    await expect(a.call('repositories.add', { name: '국사편찬위원회' })).rejects.toThrow(/already in the list of repositories as National Institute of Korean History/)
    await expect(a.call('repositories.add', { name: 'AVPRF' })).rejects.toThrow(/already in the list/)
  })

  it('reaches a colleague with sync, with the findings that cite it, and survives a reopen', async () => {
    const a = newLaptop()
    const b = newLaptop()
    await a.call('repositories.add', NIKH)
    const report = await exchange(a, b)
    expect(report.byKind.repository).toMatchObject({ created: 1 })
    const onB = (await b.call<Stored[]>('repositories.list')).find((r) => r.id === 'national-institute-of-korean-history')
    expect(onB).toMatchObject({ origin: 'user', collections: [NIKH.collection] })
    await b.reopen()
    expect((await b.call<Stored[]>('repositories.list')).some((r) => r.id === 'national-institute-of-korean-history')).toBe(true)
  })
})

describe('repositories.addCollection', () => {
  const newLaptop = laptopsPerTest()
  const FONDS = 'Ministry of Foreign Affairs of the DPRK, captured files'

  it('adds a collection to an added archive and to a bundled one, and refuses one it already has', async () => {
    const a = newLaptop()
    await a.call('repositories.add', NIKH)
    const nikh = await a.call<Stored>('repositories.addCollection', { repository_id: 'national-institute-of-korean-history', collection: `  ${FONDS} ` })
    expect(nikh.collections).toEqual([NIKH.collection, FONDS])
    const bundled = (await a.call<Stored[]>('repositories.list')).find((r) => r.origin === 'bundled')!
    const after = await a.call<Stored>('repositories.addCollection', { repository_id: bundled.id, collection: 'Fond 0102' })
    expect(after.collections).toEqual([...(bundled.collections ?? []), 'Fond 0102'])
    expect((await a.call<Stored[]>('repositories.list')).find((r) => r.id === bundled.id)?.collections).toContain('Fond 0102')
    await expect(a.call('repositories.addCollection', { repository_id: bundled.id, collection: 'fond 0102' })).rejects.toThrow(/"Fond 0102" is already a collection of/)
  })

  it('names an unknown repository in words, and refuses a blank collection', async () => {
    const a = newLaptop()
    await expect(a.call('repositories.addCollection', { repository_id: 'no-such-archive', collection: 'RG 242' })).rejects.toThrow(/no repository with id "no-such-archive".*add the repository first/)
    await expect(a.call('repositories.addCollection', { repository_id: 'no-such-archive', collection: '   ' })).rejects.toThrow(/must not be blank/)
  })

  it('reaches a colleague, keeps both when two laptops add at once, and survives a reopen and a re-seed', async () => {
    const a = newLaptop()
    const b = newLaptop()
    const bundled = (await a.call<Stored[]>('repositories.list')).find((r) => r.origin === 'bundled')!
    await a.call('repositories.addCollection', { repository_id: bundled.id, collection: 'From A' })
    await b.call('repositories.addCollection', { repository_id: bundled.id, collection: 'From B' })
    const report = await exchange(a, b)
    expect(report.byKind.repository_collection).toBeDefined()
    await exchange(b, a)
    for (const laptop of [a, b]) {
      await laptop.reopen()
      const listed = (await laptop.call<Stored[]>('repositories.list')).find((r) => r.id === bundled.id)
      expect(listed?.collections).toEqual(expect.arrayContaining(['From A', 'From B']))
    }
  })
})

describe('export.importRefs with an archive not in the list', () => {
  const newLaptop = laptopsPerTest()

  it('names the unknown archive instead of silently skipping, and creates it when asked', async () => {
    const a = newLaptop()
    const skipped = await a.call<{ created: number; unknown_repositories: { name: string; records: number[] }[] }>('export.importRefs', { text: ZOTERO, format: 'csl-json' })
    expect(skipped.created).toBe(0)
    expect(skipped.unknown_repositories).toEqual([{ name: '국사편찬위원회', records: [0, 1] }])

    const dry = await a.call<{ created: number; repositories_created: { name: string }[] }>('export.importRefs', { text: ZOTERO, format: 'csl-json', dry_run: true, create_repositories: true })
    expect(dry).toMatchObject({ created: 2, repositories_created: [{ name: '국사편찬위원회' }] })
    expect((await a.call<Stored[]>('repositories.list')).some((r) => r.name === '국사편찬위원회')).toBe(false)

    const done = await a.call<{ created: number; ids: string[]; repositories_created: { id: string }[] }>('export.importRefs', { text: ZOTERO, format: 'csl-json', create_repositories: true })
    expect(done.created).toBe(2)
    const repository = (await a.call<Stored[]>('repositories.list')).find((r) => r.name === '국사편찬위원회')!
    expect(repository.id).toBe(done.repositories_created[0]!.id)
    expect(repository.names[0]).toMatchObject({ lang: 'ko', script: 'Hang' })
    const finding = await a.call<{ finding: { repository_id: string } }>('findings.get', { id: done.ids[0] })
    expect(finding.finding.repository_id).toBe(repository.id)
  })
})
