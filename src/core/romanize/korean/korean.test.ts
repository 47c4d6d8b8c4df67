import { describe, expect, it } from 'vitest'
import { romanize } from '../index'

/**
 * Examples printed in the Revised Romanization rules (Ministry of Culture and Tourism
 * proclamation 2000-8, articles 1-3 and 5-6). Left out on purpose, since they need a dictionary:
 * ㄴ-insertion (학여울 Hangnyeoul, 알약 allyak), compounds read ㄴ+ㄴ (신문로 Sinmunno), and the
 * verb-only aspiration of ㅎ (잡혀 japyeo; nouns keep ㅎ, which these examples also show).
 */
const RR: [string, string][] = [
  ['구미', 'Gumi'], ['영동', 'Yeongdong'], ['백암', 'Baegam'], ['옥천', 'Okcheon'], ['합덕', 'Hapdeok'],
  ['호법', 'Hobeop'], ['월곶', 'Wolgot'], ['벚꽃', 'Beotkkot'], ['한밭', 'Hanbat'], ['구리', 'Guri'],
  ['설악', 'Seorak'], ['칠곡', 'Chilgok'], ['임실', 'Imsil'], ['울릉', 'Ulleung'], ['대관령', 'Daegwallyeong'],
  ['백마', 'Baengma'], ['종로', 'Jongno'], ['왕십리', 'Wangsimni'], ['별내', 'Byeollae'], ['신라', 'Silla'],
  ['해돋이', 'Haedoji'], ['같이', 'Gachi'], ['좋고', 'Joko'], ['놓다', 'Nota'], ['낳지', 'Nachi'],
  ['묵호', 'Mukho'], ['집현전', 'Jiphyeonjeon'], ['압구정', 'Apgujeong'], ['낙동강', 'Nakdonggang'],
  ['죽변', 'Jukbyeon'], ['낙성대', 'Nakseongdae'], ['합정', 'Hapjeong'], ['팔당', 'Paldang'], ['샛별', 'Saetbyeol'],
  ['울산', 'Ulsan'], ['부산', 'Busan'], ['세종', 'Sejong'], ['청주', 'Cheongju'], ['속리산', 'Songnisan'],
  ['금강', 'Geumgang'], ['독도', 'Dokdo'], ['경복궁', 'Gyeongbokgung'], ['무량수전', 'Muryangsujeon'],
  ['연화교', 'Yeonhwagyo'], ['극락전', 'Geungnakjeon'], ['안압지', 'Anapji'], ['남한산성', 'Namhansanseong'],
  ['화랑대', 'Hwarangdae'], ['불국사', 'Bulguksa'], ['현충사', 'Hyeonchungsa'], ['독립문', 'Dongnimmun'],
  ['오죽헌', 'Ojukheon'], ['촉석루', 'Chokseongnu'], ['종묘', 'Jongmyo'], ['다보탑', 'Dabotap'], ['의정부', 'Uijeongbu'],
]

/**
 * McCune-Reischauer as in McCune and Reischauer (1939) and the Library of Congress's ALA-LC Korean
 * table (2009): breves, apostrophes for aspirates, voicing between voiced sounds, n'g.
 */
const MR: [string, string][] = [
  ['한국', "Han'guk"], ['조선', 'Chosŏn'], ['평양', "P'yŏngyang"], ['서울', 'Sŏul'], ['부산', 'Pusan'],
  ['대구', 'Taegu'], ['인천', "Inch'ŏn"], ['광주', 'Kwangju'], ['대전', 'Taejŏn'], ['청진', "Ch'ŏngjin"],
  ['함흥', 'Hamhŭng'], ['개성', 'Kaesŏng'], ['원산', 'Wŏnsan'], ['신의주', 'Sinŭiju'], ['해주', 'Haeju'],
  ['남포', "Namp'o"], ['강원', 'Kangwŏn'], ['황해', 'Hwanghae'], ['경기', 'Kyŏnggi'], ['충청', "Ch'ungch'ŏng"],
  ['전라', 'Chŏlla'], ['경상', 'Kyŏngsang'], ['독립', 'Tongnip'], ['신라', 'Silla'], ['고려', 'Koryŏ'],
  ['백제', 'Paekche'], ['고구려', 'Koguryŏ'], ['종로', 'Chongno'], ['금강산', 'Kŭmgangsan'], ['압록강', 'Amnokkang'],
  ['판문점', "P'anmunjŏm"], ['백두산', 'Paektusan'], ['보천보', "Poch'ŏnbo"], ['연변', 'Yŏnbyŏn'], ['주체', "Chuch'e"],
  ['대동강', 'Taedonggang'], ['로동신문', 'Rodongsinmun'], ['북한', 'Pukhan'], ['의정부', 'Ŭijŏngbu'], ['발전', 'Palchŏn'],
]

describe('Revised Romanization', () => {
  it.each(RR)('%s -> %s', (hangul, latin) => {
    expect(romanize(hangul, 'revised-romanization')).toBe(latin)
  })
})

describe('McCune-Reischauer', () => {
  it.each(MR)('%s -> %s', (hangul, latin) => {
    expect(romanize(hangul, 'mccune-reischauer')).toBe(latin)
  })

  it('writes ㅔ after a or o as ë and ㅅ before ㅟ as sh', () => {
    expect(romanize('가에', 'mccune-reischauer')).toBe('Kaë')
    expect(romanize('쉬다', 'mccune-reischauer')).toBe('Shwida')
  })

  it('has an ASCII form without breves, keeping apostrophes', () => {
    expect(romanize('평양', 'mccune-reischauer-ascii')).toBe("P'yongyang")
    expect(romanize('함흥', 'mccune-reischauer-ascii')).toBe('Hamhung')
  })

  it('is the ALA-LC Korean table', () => {
    expect(romanize('조선로동당', 'ala-lc-korean')).toBe(romanize('조선로동당', 'mccune-reischauer'))
  })
})

describe('Korean titles', () => {
  it('goes word by word: sound changes stop at spaces', () => {
    expect(romanize('조선 로동당', 'mccune-reischauer')).toBe('Chosŏn rodongdang')
    expect(romanize('김일성 동지의 로작', 'revised-romanization')).toBe('Gimilseong dongjiui rojak')
  })

  it('carries final consonants over and resolves double finals', () => {
    expect(romanize('닭이', 'revised-romanization')).toBe('Dalgi')
    expect(romanize('없어', 'revised-romanization')).toBe('Eopsseo')
    expect(romanize('않아', 'revised-romanization')).toBe('Ana')
  })

  it('keeps numbers, Latin and punctuation', () => {
    expect(romanize('8월 종파 투쟁, 1956', 'mccune-reischauer')).toBe("8 wŏl chongp'a t'ujaeng, 1956")
  })
})
