import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReference, SCHEME_BY_REPOSITORY } from '../../shared/findings/reference'
import { validateEdtf } from '../../shared/findings/date'
import { RepositorySeed } from '../../shared/model/repository'

const seed = RepositorySeed.parse(
  JSON.parse(readFileSync(join(__dirname, '../../../resources/seed/repositories.json'), 'utf8')),
)

describe('resources/seed/repositories.json', () => {
  it('holds every repository the essay and the archival model name, once', () => {
    const ids = seed.repositories.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(
      expect.arrayContaining([
        'prc-fma-archive',
        'chinese-provincial-archives',
        'avprf',
        'rgani',
        'garf',
        'rok-diplomatic-archives',
        'loc-north-korean-serials',
        'cia-crest',
        'wilson-digital-archive',
      ]),
    )
  })

  it('names each repository in its own script as well as in English', () => {
    const scripts = (id: string) => seed.repositories.find((r) => r.id === id)!.names.map((n) => n.script)
    expect(scripts('prc-fma-archive')).toEqual(
      expect.arrayContaining(['Latn', 'Hans', 'Hant', 'Cyrl', 'Hang']),
    )
    expect(scripts('avprf')).toEqual(expect.arrayContaining(['Latn', 'Cyrl']))
    expect(scripts('rok-diplomatic-archives')).toEqual(expect.arrayContaining(['Latn', 'Hang', 'Hani']))
  })

  it('uses the scheme the reference parser expects and an example the parser reads with it', () => {
    for (const repository of seed.repositories) {
      expect(SCHEME_BY_REPOSITORY[repository.id], repository.id).toBe(repository.reference_scheme)
      const parsed = parseReference(repository.reference_example ?? '', repository.id)
      expect(parsed.scheme, `${repository.id}: ${repository.reference_example}`).toBe(
        repository.reference_scheme,
      )
    }
  })

  it('dates access notes in valid EDTF', () => {
    for (const note of seed.repositories.flatMap((r) => r.access_notes)) {
      if (note.as_of !== undefined) expect(validateEdtf(note.as_of), note.as_of).toMatchObject({ ok: true })
    }
  })
})
