import { describe, expect, it } from 'vitest'
import { citeFinding, loadCitationStyle } from './citation'
import { citationContext } from './citationItem'
import { CITATION, REPOSITORIES, RESOURCES_DIR } from './fixtures/context'
import { s1, s2, s4, s6, s6Wilson, s7 } from './fixtures/findings'
import type { Finding } from '../../shared/model/finding'

const context = citationContext(REPOSITORIES)
const cite = (finding: Finding) => citeFinding(finding, context, CITATION)
const s1Romanized: Finding = {
  ...s1,
  title_romanized: 'Zhou Enlai zongli yu Jin Richeng shouxiang guanyu zhiyuanjun chejun wenti de tanhua jilu',
  romanization_scheme: 'pinyin',
}

/** The defects of issue 12, each on the fixture library that showed it. */
describe('citations of the fixture library', () => {
  it('a short note identifies the document on its own: title, date, archive and reference', () => {
    expect(cite(s1Romanized).short_note).toBe(
      '“Zhou Enlai zongli yu Jin Richeng shouxiang guanyu zhiyuanjun chejun wenti de tanhua jilu,” February 15, 1958, PRC FMA 106-00999-01, 3–7.',
    )
  })

  it('prints the romanized and original titles with the English translation in brackets, and no participant as author', () => {
    expect(cite(s1Romanized).note).toBe(
      '“Zhou Enlai zongli yu Jin Richeng shouxiang guanyu zhiyuanjun chejun wenti de tanhua jilu” ' +
        '周恩来总理与金日成首相关于志愿军撤军问题的谈话记录 [Record of conversation between Premier Zhou Enlai and Premier Kim Il Sung ' +
        'on the withdrawal of the Volunteers], February 15, 1958, 106-00999-01, 3–7, Archives of the Ministry of Foreign Affairs of the PRC, Beijing.',
    )
  })

  it('an English description is not quoted as a title; a supplied date is bracketed and followed by its comma', () => {
    expect(cite(s2).note).toBe(
      'Soviet Embassy in the DPRK, Ambassador’s diary entry on a conversation with Kim Il Sung, [September 22, 1956], ' +
        'f. 0102, op. 12, p. 68, d. 5, ll. 201–203, Foreign Policy Archive of the Russian Federation, Moscow.',
    )
  })

  it('a DPRK journal article is cited in its periodical, romanized', () => {
    expect(cite(s4).note).toBe(
      '“Chunghwa inmin konghwaguk ŭi wŏnjat’an sihŏm sŏnggong” 중화인민공화국의 원자탄시험 성공은 제국주의자들의 핵공갈정책에 대한 타격 ' +
        '[The PRC’s atomic test as a blow to imperialist nuclear blackmail], Kŭlloja, no. 21 (November 1964): 10–11.',
    )
  })

  it('an online archive item gives its URL once, with the access date, and no city for the online archive', () => {
    const withAccess = { ...s6Wilson, published_translation: { ...s6Wilson.published_translation!, accessed: '2025-03-03' } }
    const { note, bibliography } = cite(withAccess)
    expect(note.match(/https:\/\//g)).toHaveLength(1)
    expect(note).toContain('Wilson Center Digital Archive, accessed March 3, 2025, https://digitalarchive.wilsoncenter.org/document/999001.')
    expect(note + bibliography).not.toContain('Washington')
  })

  it('an item in the online archive itself is not placed in a reading room', () => {
    expect(cite(s7).note).toBe(
      'Shen Zhihua and Xia Yafeng, China’s 1954 free-aid commitment, as quoted by Shen and Xia, 1954, NKIDP Working Paper #4 (2012), p. 15, Wilson Center Digital Archive.',
    )
  })

  it('an uncertain date keeps its question mark', () => {
    expect(cite({ ...s6, doc_date: '1963?' }).note).toContain(', 1963?, 106-777-02')
  })

  it('loads both styles and the locale from the resources folder it is given (no network)', () => {
    const style = loadCitationStyle(RESOURCES_DIR)
    expect(style.styles.chicago).toContain('wb-note-full')
    expect(style.styles['wilson-center']).toContain('wilson-full')
    expect(style.locale).toContain('xml:lang="en-US"')
    expect(() => loadCitationStyle('/nonexistent')).toThrow(/ENOENT/)
  })
})
