import { describe, expect, it } from 'vitest'
import { PINYIN_TO_WADE_GILES } from './wadeGilesTable'
import { wadeGilesSyllable, wadeGilesWord } from './wadeGiles'

/** Initials and finals of standard Mandarin, to enumerate every syllable the table must hold. */
const INITIALS = 'b p m f d t n l g k h j q x zh ch sh r z c s'.split(' ')

describe('Wade-Giles syllable table', () => {
  it('holds every syllable of standard Mandarin (410 plus rare ones)', () => {
    expect(PINYIN_TO_WADE_GILES.size).toBe(421)
    for (const syllable of ['a', 'o', 'e', 'er', 'yi', 'wu', 'yu', 'yue', 'nü', 'lüe', 'zhuang', 'jiong', 'chuai', 'shei']) {
      expect(PINYIN_TO_WADE_GILES.has(syllable), syllable).toBe(true)
    }
  })

  it('writes only Wade-Giles letters: no pinyin b d g q x v, no z c r as an initial', () => {
    for (const [pinyin, wg] of PINYIN_TO_WADE_GILES) {
      expect(wg, pinyin).toMatch(/^[a-zêü']+$/)
      expect(wg, pinyin).not.toMatch(/[qxbdv]|g(?!$)|^z|^c(?!h)|^r/)
    }
  })

  it('marks aspiration with an apostrophe exactly where pinyin has p t k q ch c', () => {
    for (const [pinyin, wg] of PINYIN_TO_WADE_GILES) {
      const initial = INITIALS.filter((i) => pinyin.startsWith(i)).sort((a, b) => b.length - a.length)[0]
      const aspirated = ['p', 't', 'k', 'q', 'ch', 'c'].includes(initial ?? '')
      expect(wg.includes("'"), `${pinyin} -> ${wg}`).toBe(aspirated)
    }
  })

  // The Library of Congress's Pinyin/Wade-Giles conversion table (2000) and Mathews (1931).
  const PUBLISHED: [string, string][] = [
    ['zhi', 'chih'], ['chi', "ch'ih"], ['shi', 'shih'], ['ri', 'jih'], ['zi', 'tzu'], ['ci', "tz'u"], ['si', 'ssu'],
    ['ze', 'tse'], ['ce', "ts'e"], ['zong', 'tsung'], ['cong', "ts'ung"], ['zhong', 'chung'], ['chong', "ch'ung"],
    ['jiang', 'chiang'], ['qiang', "ch'iang"], ['xiang', 'hsiang'], ['ju', 'chü'], ['qu', "ch'ü"], ['xu', 'hsü'],
    ['jue', 'chüeh'], ['xue', 'hsüeh'], ['yue', 'yüeh'], ['yuan', 'yüan'], ['yun', 'yün'], ['lüe', 'lüeh'],
    ['nü', 'nü'], ['lian', 'lien'], ['yan', 'yen'], ['ye', 'yeh'], ['xie', 'hsieh'], ['you', 'yu'], ['yi', 'i'],
    ['er', 'erh'], ['e', 'o'], ['ge', 'ko'], ['ke', "k'o"], ['he', 'ho'], ['de', 'te'], ['te', "t'e"],
    ['guo', 'kuo'], ['kuo', "k'uo"], ['huo', 'huo'], ['zhuo', 'cho'], ['chuo', "ch'o"], ['shuo', 'shuo'],
    ['ruo', 'jo'], ['duo', 'to'], ['luo', 'lo'], ['bo', 'po'], ['po', "p'o"], ['gui', 'kuei'], ['kui', "k'uei"],
    ['hui', 'hui'], ['dui', 'tui'], ['rong', 'jung'], ['ren', 'jen'], ['yong', 'yung'], ['xiong', 'hsiung'],
    ['jiong', 'chiung'], ['qiong', "ch'iung"], ['dong', 'tung'], ['tong', "t'ung"], ['bing', 'ping'], ['ping', "p'ing"],
  ]
  it.each(PUBLISHED)('%s -> %s', (pinyin, wg) => {
    expect(wadeGilesSyllable(pinyin)).toBe(wg)
  })

  it('reads v as ü and any case, and returns undefined for what is not a syllable', () => {
    expect(wadeGilesSyllable('LV')).toBe('lü')
    expect(wadeGilesSyllable('Zhou')).toBe('chou')
    expect(wadeGilesSyllable('xyz')).toBeUndefined()
  })

  it('hyphenates the syllables of a word', () => {
    expect(wadeGilesWord(['zhong', 'guo'])).toBe('chung-kuo')
    expect(wadeGilesWord(['zhi', 'yuan', 'jun'])).toBe('chih-yüan-chün')
  })
})
