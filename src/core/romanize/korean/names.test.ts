import { describe, expect, it } from 'vitest'
import { romanizeName } from '../index'
import { splitKoreanName } from './familyNames'

const forms = (hangul: string) => romanizeName(hangul, { kind: 'person' })
const main = (hangul: string, system: string) => forms(hangul).find((f) => f.system === system && f.variant === undefined)?.value

/** Names in MR as the Library of Congress's name authorities print them, and in strict RR. */
const NAMES: [string, string, string][] = [
  ['김일성', 'Kim Il-sŏng', 'Gim Il-seong'],
  ['김정일', 'Kim Chŏng-il', 'Gim Jeong-il'],
  ['박헌영', 'Pak Hŏn-yŏng', 'Bak Heon-yeong'],
  ['최용건', "Ch'oe Yong-gŏn", 'Choe Yong-geon'],
  ['김두봉', 'Kim Tu-bong', 'Gim Du-bong'],
  ['이승만', 'Yi Sŭng-man', 'I Seung-man'],
  ['박정희', 'Pak Chŏng-hŭi', 'Bak Jeong-hui'],
  ['윤공흠', 'Yun Kong-hŭm', 'Yun Gong-heum'],
  ['최창익', "Ch'oe Ch'ang-ik", 'Choe Chang-ik'],
  ['박창옥', "Pak Ch'ang-ok", 'Bak Chang-ok'],
  ['김대중', 'Kim Tae-jung', 'Gim Dae-jung'],
  ['김영삼', 'Kim Yŏng-sam', 'Gim Yeong-sam'],
  ['노태우', "No T'ae-u", 'No Tae-u'],
  ['전두환', 'Chŏn Tu-hwan', 'Jeon Du-hwan'],
  ['안중근', 'An Chung-gŭn', 'An Jung-geun'],
  ['허가이', 'Hŏ Ka-i', 'Heo Ga-i'],
  ['리승엽', 'Ri Sŭng-yŏp', 'Ri Seung-yeop'],
  ['홍명희', 'Hong Myŏng-hŭi', 'Hong Myeong-hui'],
  ['민용하', 'Min Yong-ha', 'Min Yong-ha'],
  ['홍빛나', 'Hong Pit-na', 'Hong Bit-na'],
  ['남궁억', 'Namgung Ŏk', 'Namgung Eok'],
]

describe('Korean personal names', () => {
  it.each(NAMES)('%s: %s / %s', (hangul, mr, rr) => {
    expect(main(hangul, 'mccune-reischauer')).toBe(mr)
    expect(main(hangul, 'revised-romanization')).toBe(rr)
  })

  it('never carries sounds across family and given name (Kim Il-sŏng, not Ki Mil-sŏng)', () => {
    expect(main('김일성', 'mccune-reischauer-ascii')).toBe('Kim Il-song')
    expect(main('박헌영', 'mccune-reischauer-ascii')).toBe('Pak Hon-yong')
  })

  it('offers conventional family names and spacing variants', () => {
    const values = forms('김일성').map((f) => f.value)
    expect(values).toEqual(expect.arrayContaining(['Kim Il Sung', 'Kim Il-sung', 'Kim Ilsung', 'Kim Ilsŏng', 'Kim Il-seong']))
    expect(forms('이승만').map((f) => f.value)).toEqual(expect.arrayContaining(['Lee Seung-man', 'Rhee Seung-man', 'Ri Sung-man']))
    expect(forms('박정희').map((f) => f.value)).toEqual(expect.arrayContaining(['Park Chung-hee', 'Park Chung Hee']))
    expect(forms('김정일').map((f) => f.value)).toEqual(expect.arrayContaining(['Kim Jong Il', 'Kim Jong-il']))
    expect(forms('최용건').map((f) => f.value)).toEqual(expect.arrayContaining(['Choe Yong-gon', 'Choi Yong-gon']))
  })

  it('splits two-syllable family names first', () => {
    expect(splitKoreanName('남궁억')).toEqual({ family: '남궁', given: '억' })
    expect(splitKoreanName('황보인')).toEqual({ family: '황보', given: '인' })
    expect(splitKoreanName('평양')).toBeUndefined()
  })
})
