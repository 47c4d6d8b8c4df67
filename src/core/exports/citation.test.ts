import { describe, expect, it } from 'vitest'
import { citeFinding, loadCitationStyle } from './citation'
import { CITATION, REPOSITORIES, RESOURCES_DIR } from './fixtures/context'
import { s1, s2, s4, s6 } from './fixtures/findings'
import type { Finding } from '../../shared/model/finding'

const cite = (finding: Finding) =>
  citeFinding(
    finding,
    REPOSITORIES.find((r) => r.id === finding.repository_id),
    CITATION,
  )

/**
 * Expected strings checked by hand against the bundled Chicago 18th-edition note style: short
 * notes (author, title), bibliography entries with genre, date, medium, repository, place and the
 * reference as written (less the repository prefix).
 */
describe('Chicago citations rendered by citeproc-js', () => {
  it('S1: PRC FMA record of conversation', () => {
    const title =
      '“Record of conversation between Premier Zhou Enlai and Premier Kim Il Sung on the withdrawal of the Volunteers'
    expect(cite(s1)).toEqual({
      note: `${title}.”`,
      bibliography:
        `${title}.” Record of conversation, February 15, 1958. Archives of the Ministry of Foreign ` +
        'Affairs of the PRC, Beijing, 106-00999-01, 3–7.',
    })
  })

  it('S2: AVPRF diary entry with an institutional author and the Cyrillic reference', () => {
    expect(cite(s2)).toEqual({
      note: 'Soviet Embassy in the DPRK, “Ambassador’s diary entry on a conversation with Kim Il Sung.”',
      bibliography:
        'Soviet Embassy in the DPRK. “Ambassador’s diary entry on a conversation with Kim Il Sung.” Diary entry, ' +
        'September 22, 1956. Photocopy. Foreign Policy Archive of the Russian Federation, Moscow, ' +
        'ф. 0102, оп. 12, п. 68, д. 5, л. 201–203.',
    })
  })

  it('S4: DPRK journal article under its romanized serial title', () => {
    expect(cite(s4)).toEqual({
      note: 'Kŭlloja, “The PRC’s atomic test as a blow to imperialist nuclear blackmail.”',
      bibliography:
        'Kŭlloja. “The PRC’s atomic test as a blow to imperialist nuclear blackmail,” 10–11. November 1964. Digital scan.',
    })
  })

  it('S6: a colleague’s transcription, month precision, unpadded file number as typed', () => {
    expect(cite(s6)).toEqual({
      note: '“Record of conversation on the struggle against modern revisionism.”',
      bibliography:
        '“Record of conversation on the struggle against modern revisionism.” Record of conversation, June 1963. ' +
        'Typed transcription supplied by a colleague. Archives of the Ministry of Foreign Affairs of the PRC, Beijing, 106-777-02.',
    })
  })

  it('loads the style and locale from the resources folder it is given (no network)', () => {
    const style = loadCitationStyle(RESOURCES_DIR)
    expect(style.style).toContain('<id>http://www.zotero.org/styles/chicago-note-bibliography</id>')
    expect(style.locale).toContain('xml:lang="en-US"')
    expect(() => loadCitationStyle('/nonexistent')).toThrow(/ENOENT/)
  })
})
