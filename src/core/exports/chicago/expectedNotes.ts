/**
 * The expected citations of the twenty fixture documents (fixtures/archivalDocuments.ts), written by
 * hand from CMOS 17th ed. 14.221-14.231 and 14.193-14.198 before the renderer existed, as a careful
 * historian of the alliance would write them: full note, short note, bibliography entry.
 * Conventions: specific to general (item, date, reference, repository, city); a description is
 * not quoted, a title on the document is; a foreign title is romanized, then (Chinese, Korean)
 * its original script, then the English translation in brackets; letters and telegrams take the
 * "A to B" form; dates supplied by the researcher are bracketed, uncertain ones keep "?",
 * approximate ones take "ca.", unknown ones "n.d."; a newspaper's date comes before its page;
 * an online archive gives the URL once with the access date; short notes carry the archive's
 * abbreviation and the reference so that each identifies the document on its own.
 */
export interface ExpectedCitation {
  note: string
  short: string
  bibliography: string
}

const FMA = 'Archives of the Ministry of Foreign Affairs of the PRC, Beijing'
const AVPRF = 'Foreign Policy Archive of the Russian Federation, Moscow'
const RGANI = 'Russian State Archive of Contemporary History, Moscow'
const GARF = 'State Archive of the Russian Federation, Moscow'
const WILSON = 'https://digitalarchive.wilsoncenter.org/document/'

export const EXPECTED_CITATIONS: readonly ExpectedCitation[] = [
  {
    note:
      '“Zhou Enlai zongli yu Jin Richeng shouxiang tanhua jilu” 周恩来总理与金日成首相谈话记录 [Record of conversation ' +
      `between Premier Zhou Enlai and Premier Kim Il Sung], February 15, 1958, 106-00999-01, 3–7, ${FMA}.`,
    short: '“Zhou Enlai zongli yu Jin Richeng shouxiang tanhua jilu,” February 15, 1958, PRC FMA 106-00999-01, 3–7.',
    bibliography:
      '“Zhou Enlai zongli yu Jin Richeng shouxiang tanhua jilu” 周恩来总理与金日成首相谈话记录 [Record of conversation ' +
      `between Premier Zhou Enlai and Premier Kim Il Sung], February 15, 1958. 106-00999-01, 3–7. ${FMA}.`,
  },
  {
    note:
      'Aleksandr Mikhailovich Puzanov, “Dnevnik posla SSSR v KNDR A. M. Puzanova” [Diary of the USSR ambassador to the ' +
      `DPRK A. M. Puzanov], [July 29, 1957], f. 0102, op. 13, p. 72, d. 5, ll. 146–164, ${AVPRF}.`,
    short: 'Puzanov, “Dnevnik posla SSSR v KNDR A. M. Puzanova,” [July 29, 1957], AVPRF f. 0102, op. 13, p. 72, d. 5, ll. 146–164.',
    bibliography:
      'Puzanov, Aleksandr Mikhailovich. “Dnevnik posla SSSR v KNDR A. M. Puzanova” [Diary of the USSR ambassador to the ' +
      `DPRK A. M. Puzanov], [July 29, 1957]. F. 0102, op. 13, p. 72, d. 5, ll. 146–164. ${AVPRF}.`,
  },
  {
    note:
      'Vasilii Ivanovich Ivanov, Diary of the Soviet chargé d’affaires in the DPRK, September 1, 1956, f. 5, op. 28, ' +
      `d. 410, l. 319, ${RGANI}.`,
    short: 'Ivanov, Diary, September 1, 1956, RGANI f. 5, op. 28, d. 410, l. 319.',
    bibliography:
      'Ivanov, Vasilii Ivanovich. Diary of the Soviet chargé d’affaires in the DPRK, September 1, 1956. F. 5, op. 28, ' +
      `d. 410, l. 319. ${RGANI}.`,
  },
  {
    note: `Anastas Mikoyan to CPSU Central Committee, telegram, September 21, 1956, f. 5446, op. 98c, d. 718, ll. 12–16, ${GARF}.`,
    short: 'Mikoyan to CPSU Central Committee, September 21, 1956, GARF f. 5446, op. 98c, d. 718, ll. 12–16.',
    bibliography: `Mikoyan, Anastas. Telegram to CPSU Central Committee, September 21, 1956. F. 5446, op. 98c, d. 718, ll. 12–16. ${GARF}.`,
  },
  {
    note: 'Kim Il Sung to Mao Zedong, October 1, 1950, Central Archives of China, Beijing.',
    short: 'Kim to Mao, October 1, 1950, CCP Central Archives.',
    bibliography: 'Kim Il Sung. Letter to Mao Zedong, October 1, 1950. Central Archives of China, Beijing.',
  },
  {
    note: `Zhou Enlai to Ni Zhiliang, telegram, August 1950, 106-00026-05, 1–2, ${FMA}.`,
    short: 'Zhou to Ni, August 1950, PRC FMA 106-00026-05, 1–2.',
    bibliography: `Zhou Enlai. Telegram to Ni Zhiliang, August 1950. 106-00026-05, 1–2. ${FMA}.`,
  },
  {
    note: '“Chajusŏng ŭl onghohaja” 자주성을 옹호하자 [Let us defend independence], Rodong Sinmun (Pyongyang), August 12, 1966, 1.',
    short: '“Chajusŏng ŭl onghohaja,” Rodong Sinmun, August 12, 1966, 1.',
    bibliography: 'Rodong Sinmun (Pyongyang). “Chajusŏng ŭl onghohaja” 자주성을 옹호하자 [Let us defend independence]. August 12, 1966.',
  },
  {
    note:
      'Guo Moruo, “Zhong Chao youyi wangu changqing” 中朝友谊万古长青 [Sino-Korean friendship is everlasting], Renmin ribao ' +
      '(Beijing), October 25, 1958, 2.',
    short: 'Guo, “Zhong Chao youyi wangu changqing,” Renmin ribao, October 25, 1958, 2.',
    bibliography:
      'Guo Moruo. “Zhong Chao youyi wangu changqing” 中朝友谊万古长青 [Sino-Korean friendship is everlasting]. Renmin ribao ' +
      '(Beijing), October 25, 1958.',
  },
  {
    note:
      'Mao Zedong, “Guanyu Zhong Chao guanxi wenti de piyu” 关于中朝关系问题的批语 [Comment on the question of Sino-Korean ' +
      'relations], November 30, 1956, in Jianguo yilai Mao Zedong wengao 建国以来毛泽东文稿 [Mao Zedong’s manuscripts since ' +
      'the founding of the People’s Republic], ed. Zhonggong zhongyang wenxian yanjiushi, vol. 6 (Beijing: Zhongyang wenxian ' +
      'chubanshe, 1992), 123–25.',
    short: 'Mao, “Guanyu Zhong Chao guanxi wenti de piyu,” November 30, 1956, Jianguo yilai Mao Zedong wengao, vol. 6, 123–25.',
    bibliography:
      'Mao Zedong. “Guanyu Zhong Chao guanxi wenti de piyu” 关于中朝关系问题的批语 [Comment on the question of Sino-Korean ' +
      'relations], November 30, 1956. In Jianguo yilai Mao Zedong wengao 建国以来毛泽东文稿 [Mao Zedong’s manuscripts since ' +
      'the founding of the People’s Republic], edited by Zhonggong zhongyang wenxian yanjiushi, vol. 6, 123–25. Beijing: ' +
      'Zhongyang wenxian chubanshe, 1992.',
  },
  {
    note:
      '“Record of Conversation from Premier Zhou’s Reception of the Delegation of the North Korean Supreme People’s Assembly ' +
      'in Shenyang,” June 15, 1962, 106-01379-13, 16–19, Archives of the Ministry of Foreign Affairs of the PRC, trans. ' +
      `Stephen Mercado, Wilson Center Digital Archive, accessed March 3, 2025, ${WILSON}119012.`,
    short:
      '“Record of Conversation from Premier Zhou’s Reception,” June 15, 1962, PRC FMA 106-01379-13, 16–19, Wilson Center ' +
      'Digital Archive.',
    bibliography:
      '“Record of Conversation from Premier Zhou’s Reception of the Delegation of the North Korean Supreme People’s Assembly ' +
      'in Shenyang,” June 15, 1962. 106-01379-13, 16–19. Archives of the Ministry of Foreign Affairs of the PRC. Translated ' +
      `by Stephen Mercado. Wilson Center Digital Archive. Accessed March 3, 2025. ${WILSON}119012.`,
  },
  {
    note:
      '“The DPRK Attitude Toward the So-called ‘Cultural Revolution’ in China,” March 7, 1967, Wilson Center Digital ' +
      'Archive, AVPRF f. 0102, op. 23, p. 112, d. 24, ll. 13–23. Obtained by Sergey Radchenko and translated by Gary ' +
      `Goldberg. ${WILSON}114568`,
    short: '“The DPRK Attitude Toward the So-called ‘Cultural Revolution’ in China,” March 7, 1967, Wilson Center Digital Archive.',
    bibliography:
      '“The DPRK Attitude Toward the So-called ‘Cultural Revolution’ in China,” March 7, 1967, Wilson Center Digital ' +
      'Archive, AVPRF f. 0102, op. 23, p. 112, d. 24, ll. 13–23. Obtained by Sergey Radchenko and translated by Gary ' +
      `Goldberg. ${WILSON}114568`,
  },
  {
    note:
      '“Record of Conversation between Premier Zhou Enlai and Kim Il Sung,” November 23, 1962, Wilson Center Digital ' +
      'Archive, PRC FMA 106-01380-10, 27–36. Obtained by Shen Zhihua and translated by Jeffrey Wang and Charles Kraus. ' +
      `${WILSON}116537`,
    short: '“Record of Conversation between Premier Zhou Enlai and Kim Il Sung,” November 23, 1962, Wilson Center Digital Archive.',
    bibliography:
      '“Record of Conversation between Premier Zhou Enlai and Kim Il Sung,” November 23, 1962, Wilson Center Digital ' +
      'Archive, PRC FMA 106-01380-10, 27–36. Obtained by Shen Zhihua and translated by Jeffrey Wang and Charles Kraus. ' +
      `${WILSON}116537`,
  },
  {
    note: 'Instructions of Premier Zhou on receiving the Korean delegation, ca. 1971, 855-10-80-9, 110–125, Hebei Provincial Archives.',
    short: 'Instructions of Premier Zhou, ca. 1971, Hebei Provincial Archives, 855-10-80-9, 110–125.',
    bibliography: 'Instructions of Premier Zhou on receiving the Korean delegation, ca. 1971. 855-10-80-9, 110–125. Hebei Provincial Archives.',
  },
  {
    note:
      '“Bukgoe donghyang bogo” 북괴 동향 보고 [Report on North Korean trends], 1966?, classification no. 725.1CP, ' +
      'registration no. 2064, Diplomatic Archives, Ministry of Foreign Affairs (ROK), Seoul.',
    short:
      '“Bukgoe donghyang bogo,” 1966?, Diplomatic Archives, Ministry of Foreign Affairs (ROK), classification no. 725.1CP, ' +
      'registration no. 2064.',
    bibliography:
      '“Bukgoe donghyang bogo” 북괴 동향 보고 [Report on North Korean trends], 1966? Classification no. 725.1CP, ' +
      'registration no. 2064. Diplomatic Archives, Ministry of Foreign Affairs (ROK), Seoul.',
  },
  {
    note: `Record of conversation between Ambassador Puzanov and Kim Il Sung, June 16, 1960, f. 0102, op. 16, p. 85, d. 24, ll. 35–40, ${AVPRF}.`,
    short: 'Puzanov–Kim conversation, June 16, 1960, AVPRF f. 0102, op. 16, p. 85, d. 24, ll. 35–40.',
    bibliography: `Record of conversation between Ambassador Puzanov and Kim Il Sung, June 16, 1960. F. 0102, op. 16, p. 85, d. 24, ll. 35–40. ${AVPRF}.`,
  },
  {
    note: `Ch’oe Yong-gŏn to Peng Dehuai, July 1953, 109-00345-02, 4, ${FMA}.`,
    short: 'Ch’oe to Peng, July 1953, PRC FMA 109-00345-02, 4.',
    bibliography: `Ch’oe Yong-gŏn. Letter to Peng Dehuai, July 1953. 109-00345-02, 4. ${FMA}.`,
  },
  {
    note:
      'Central Intelligence Agency, “Sino-North Korean Relations Since the Korean War,” October–November 1958, ' +
      'CIA-RDP79T00975A000300140001-6, CIA Records Search Tool (CREST).',
    short: 'Central Intelligence Agency, “Sino-North Korean Relations,” October–November 1958, CREST CIA-RDP79T00975A000300140001-6.',
    bibliography:
      'Central Intelligence Agency. “Sino-North Korean Relations Since the Korean War,” October–November 1958. ' +
      'CIA-RDP79T00975A000300140001-6. CIA Records Search Tool (CREST).',
  },
  {
    note: `USSR Ministry of Foreign Affairs, Note on Chinese specialists in the DPRK, n.d., f. 5446, op. 120, d. 1543, l. 7, ${GARF}.`,
    short: 'USSR Ministry of Foreign Affairs, Note on Chinese specialists in the DPRK, n.d., GARF f. 5446, op. 120, d. 1543, l. 7.',
    bibliography: `USSR Ministry of Foreign Affairs. Note on Chinese specialists in the DPRK, n.d. F. 5446, op. 120, d. 1543, l. 7. ${GARF}.`,
  },
  {
    note:
      'Mao Zedong, Remarks on the August Incident to the Soviet delegation, [1956?], f. 5, op. 30, d. 163, ll. 88–91, ' +
      `${RGANI}. Copy supplied by Shen Zhihua.`,
    short: 'Mao, Remarks on the August Incident, [1956?], RGANI f. 5, op. 30, d. 163, ll. 88–91.',
    bibliography: `Mao Zedong. Remarks on the August Incident to the Soviet delegation, [1956?]. F. 5, op. 30, d. 163, ll. 88–91. ${RGANI}.`,
  },
  {
    note:
      'Embassy of Hungary in the DPRK to Hungarian Foreign Ministry, telegram, October 24, 1956, trans. Balázs Szalontai, ' +
      `Wilson Center Digital Archive, accessed January 20, 2025, ${WILSON}116320.`,
    short: 'Embassy of Hungary in the DPRK to Hungarian Foreign Ministry, October 24, 1956, Wilson Center Digital Archive.',
    bibliography:
      'Embassy of Hungary in the DPRK. Telegram to Hungarian Foreign Ministry, October 24, 1956. Translated by Balázs ' +
      `Szalontai. Wilson Center Digital Archive. Accessed January 20, 2025. ${WILSON}116320.`,
  },
]
