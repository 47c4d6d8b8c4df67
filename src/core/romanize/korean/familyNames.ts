/**
 * Korean family names and the conventional spellings people and publishers use for them beside
 * MR and RR (Kim, Lee/Rhee/Yi/Ri, Park/Pak, Choi/Choe...), as listed by the National Institute of
 * Korean Language's 2009 survey of surname romanization and seen in English-language sources.
 * The MR and RR forms themselves come from the engine; this table only adds the conventional ones.
 */
const TABLE = `
김 Kim|이 Yi Lee Rhee Ri I|리 Ri Lee Yi|박 Park Pak Bak|최 Choi Choe|정 Chung Jung Jeong Chong|강 Kang|조 Cho Jo
윤 Yun Yoon|장 Chang Jang|임 Im Lim Rim|림 Rim Lim Im|한 Han|오 O Oh|서 Suh Seo So|신 Shin Sin|권 Kwon Kwun
황 Hwang|안 Ahn An|송 Song|류 Ryu Yu Yoo|유 Yu Yoo Ryu|홍 Hong|전 Jeon Chun Jun Chon|고 Ko Koh Go|문 Moon Mun
양 Yang|량 Ryang Yang|손 Son Sohn|배 Bae Pae|백 Paek Baek Paik|허 Huh Hur Heo Ho|남 Nam|노 Roh Noh No Ro
로 Ro Roh No|하 Ha|곽 Kwak|성 Sung Seong Song|차 Cha|주 Joo Ju Chu|우 Woo U|구 Koo Ku Gu|민 Min
나 Na Ra|라 Ra Na|진 Jin Chin|지 Ji Chi|엄 Um Eom Om|채 Chae|원 Won|천 Chun Cheon Chon|방 Bang Pang
공 Kong Gong|현 Hyun Hyeon Hyon|함 Ham|변 Byun Byeon Pyon|염 Yeom Yum Yom|렴 Ryom Yom|여 Yeo Yo Ryo
려 Ryo Yo|추 Choo Chu|도 Do To|소 So|석 Seok Suk Sok|선 Sun Seon Son|설 Seol Sul Sol|마 Ma|길 Kil Gil
연 Yeon Yon|위 Wi Wee|표 Pyo|명 Myung Myeong Myong|기 Ki Gi|반 Ban Pan|왕 Wang|금 Keum Geum Kum|옥 Ok
육 Yuk Yook|륙 Ryuk Yuk|인 In|맹 Maeng|제 Je Che|모 Mo|탁 Tak|국 Kook Kuk Guk|어 Eo O|은 Eun Un
편 Pyeon Pyun Pyon|용 Yong Ryong|룡 Ryong Yong|예 Ye Yeh|봉 Bong Pong|경 Kyung Kyeong Kyong|심 Shim Sim
남궁 Namgung Namkung|황보 Hwangbo|제갈 Jegal Chegal|선우 Sunwoo Seonu Sonu|독고 Dokgo Tokko|사공 Sagong
서문 Seomun Somun|동방 Dongbang Tongbang
`

export const FAMILY_NAMES: ReadonlyMap<string, string[]> = new Map(
  TABLE.trim()
    .split(/[|\n]/)
    .map((entry) => entry.trim().split(' '))
    .map(([hangul, ...forms]) => [hangul!, forms]),
)

/** Splits a Korean personal name into family name (two-syllable ones first) and given name. */
export function splitKoreanName(hangul: string): { family: string; given: string } | undefined {
  const chars = [...hangul.replace(/\s+/g, '')]
  for (const length of [2, 1]) {
    const family = chars.slice(0, length).join('')
    if (chars.length > length && FAMILY_NAMES.has(family)) return { family, given: chars.slice(length).join('') }
  }
  return undefined
}
