import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../shared/model/finding'
import { citeFinding } from './citation'
import { citationContext } from './citationItem'
import type { ExportEntity } from './cslNames'
import { CITATION, REPOSITORIES, RESOURCES_DIR, SECTIONS } from './fixtures/context'
import { ARCHIVAL_DOCUMENTS } from './fixtures/archivalDocuments'
import { runExport } from './runExport'

const ENTITIES = JSON.parse(readFileSync(join(RESOURCES_DIR, 'seed', 'entities.json'), 'utf8')) as ExportEntity[]
const context = citationContext(REPOSITORIES, ENTITIES)
const cite = (finding: Finding) => citeFinding(finding, context, CITATION)

// The diary of document 3 and the letter of document 16, as a researcher types them in a hurry:
// names and titles in the original script only, nothing romanized, nothing linked.
const diary: Finding = {
  ...ARCHIVAL_DOCUMENTS[2]!,
  creators: [{ name: 'Иванов, Василий Иванович' }],
  title_original: 'Дневник временного поверенного в делах СССР в КНДР',
  title_translation: 'Diary of the Soviet chargé d’affaires in the DPRK',
}
const letter: Finding = {
  ...ARCHIVAL_DOCUMENTS[15]!,
  creators: [{ name_original: '최용건' }],
  recipients: [{ name: '彭德怀' }],
}
const unknownKorean: Finding = { ...letter, creators: [{ name: '박금철' }], recipients: [{ name: 'CPSU Central Committee' }] }

describe('names and titles recorded only in their original script (issue 12)', () => {
  it('romanizes a Russian creator and title in the Library of Congress system, without diacritics', () => {
    const { note, bibliography } = cite(diary)
    expect(note).toMatch(/^Vasilii Ivanovich Ivanov, “Dnevnik vremennogo poverennogo v delakh SSSR v KNDR” \[Diary of the Soviet/)
    expect(bibliography).toMatch(/^Ivanov, Vasilii Ivanovich\. /)
    expect(note + bibliography).not.toMatch(/\p{Script=Cyrillic}/u)
  })

  it('gives known people the entity table’s preferred form, whichever script they are written in', () => {
    expect(cite(letter).note).toMatch(/^Choe Yong-gon to Peng Dehuai, July 1953, /)
    expect(cite(letter).short_note).toMatch(/^Choe to Peng, /)
  })

  it('keeps a romanization the researcher recorded over the entity table’s form', () => {
    expect(cite(ARCHIVAL_DOCUMENTS[15]!).note).toMatch(/^Ch’oe Yong-gŏn to Peng Dehuai, /)
  })

  it('romanizes an unknown Korean name in McCune-Reischauer, family name first, with its capitals as written', () => {
    const { note, bibliography } = cite(unknownKorean)
    expect(note).toMatch(/^Pak Kŭm-ch’ŏl to CPSU Central Committee, July 1953, /)
    expect(bibliography).toMatch(/^Pak Kŭm-ch’ŏl\. Letter to CPSU Central Committee/)
  })

  it('follows the finding’s own scheme when it is one of the language’s systems', () => {
    const rr = { ...unknownKorean, creators: [{ name: '박금철', romanization_scheme: 'revised-romanization' as const }] }
    expect(cite(rr).note).toMatch(/^Bak Geum-cheol to /)
  })

  it('never prints an entity id for a name the library does not know', () => {
    const { note, bibliography } = citeFinding(ARCHIVAL_DOCUMENTS[3]!, citationContext(REPOSITORIES), CITATION)
    expect(note + bibliography).not.toMatch(/mikoyan/)
    expect(note).toMatch(/^Telegram|^Mikoyan’s telegram/)
  })

  it('never title-cases a romanized name inside an English title (“Choe Yong-gon”, not “Yong-Gon”)', () => {
    const article = { ...ARCHIVAL_DOCUMENTS[6]!, title_original: undefined, title_romanized: undefined }
    const titled = { ...article, title_or_description: 'Choe Yong-gon speaks on the anniversary of the Volunteers' } as Finding
    const { note, bibliography } = cite(titled)
    expect(note).toContain('“Choe Yong-gon speaks on the anniversary of the Volunteers,” Rodong Sinmun (Pyongyang), August 12, 1966, 1.')
    expect(bibliography).not.toContain('Yong-Gon')
  })

  it('writes BibTeX authors romanized, Korean and Chinese names family-first as one unit, keys from the romanized name', () => {
    const text = runExport({
      format: 'bibtex',
      findings: [diary, letter, unknownKorean],
      repositories: REPOSITORIES,
      sections: SECTIONS,
      options: { entities: ENTITIES },
    }).content
    const library = parseBibtex(text)
    expect(library.errors).toEqual([])
    expect(library.entries.map((e) => e.key).sort()).toEqual(['choe1953', 'ivanov1956', 'pak1953'])
    expect(library.entries.find((e) => e.key === 'ivanov1956')!.fields.author).toEqual([{ lastName: 'Ivanov', firstName: 'Vasilii Ivanovich' }])
    expect(text).toContain('author = {{Choe Yong-gon}}')
    expect(text).not.toMatch(/Zedong Mao|Dehuai Peng|\p{Script=Cyrillic}.*author|undefined/u)
  })
})
