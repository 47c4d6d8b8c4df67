/**
 * The benchmark's own list of names: people and places of the alliance's history with the forms
 * a historian meets in English, Chinese, Korean and Russian sources and in their romanizations.
 * Written for the benchmark from reference works, not taken from the app's entity table or its
 * list of names, so name recall measures what the engine knows against what sources write.
 */
export interface BenchName {
  name: string
  forms: string[]
}

export const BENCH_NAMES: BenchName[] = [
  { name: 'Kim Il Sung', forms: ['Kim Il Sung', 'Kim Il-sung', 'Kim Il-song', 'Kim Il-sŏng', 'Kim Ilsung', '김일성', '金日成', 'Ким Ир Сен'] },
  { name: 'Kim Jong Il', forms: ['Kim Jong Il', 'Kim Jong-il', 'Kim Chŏng-il', '김정일', '金正日', 'Ким Чен Ир'] },
  { name: 'Zhou Enlai', forms: ['Zhou Enlai', 'Chou En-lai', 'Chou Enlai', '周恩来', '저우언라이', '주은래', 'Чжоу Эньлай'] },
  { name: 'Mao Zedong', forms: ['Mao Zedong', 'Mao Tse-tung', 'Mao Tsetung', '毛泽东', '마오쩌둥', '모택동', 'Мао Цзэдун'] },
  { name: 'Khrushchev', forms: ['Khrushchev', 'Nikita Khrushchev', 'Khrushchov', 'Хрущёв', 'Хрущев', '赫鲁晓夫', '흐루쇼프', '흐루시초프'] },
  { name: 'Peng Dehuai', forms: ['Peng Dehuai', "P'eng Te-huai", '彭德怀', '펑더화이', '팽덕회', 'Пэн Дэхуай'] },
  { name: 'Stalin', forms: ['Stalin', 'Joseph Stalin', 'Сталин', '斯大林', '스탈린'] },
  { name: 'Liu Shaoqi', forms: ['Liu Shaoqi', "Liu Shao-ch'i", '刘少奇', '류사오치', 'Лю Шаоци'] },
  { name: 'Deng Xiaoping', forms: ['Deng Xiaoping', "Teng Hsiao-p'ing", '邓小平', '덩샤오핑', '등소평', 'Дэн Сяопин'] },
  { name: 'Mikoyan', forms: ['Mikoyan', 'Anastas Mikoyan', 'Микоян', '米高扬', '미코얀'] },
  { name: 'Kosygin', forms: ['Kosygin', 'Alexei Kosygin', 'Косыгин', '柯西金', '코시긴'] },
  { name: 'Brezhnev', forms: ['Brezhnev', 'Leonid Brezhnev', 'Брежнев', '勃列日涅夫', '브레즈네프'] },
  { name: 'Puzanov', forms: ['Puzanov', 'Alexander Puzanov', 'Пузанов', '푸자노프'] },
  { name: 'Gomułka', forms: ['Gomułka', 'Gomulka', 'Władysław Gomułka', 'Гомулка', '哥穆尔卡'] },
  { name: 'Choe Yong-gon', forms: ['Choe Yong-gon', "Ch'oe Yong-gŏn", 'Choi Yong-kun', '최용건', '崔庸健'] },
  { name: 'Pyongyang', forms: ['Pyongyang', "P'yŏngyang", 'Pyeongyang', '평양', '平壤', 'Пхеньян'] },
  { name: 'Beijing', forms: ['Beijing', 'Peking', '北京', '베이징', '북경', 'Пекин'] },
  { name: 'Dandong', forms: ['Dandong', 'Antung', 'Andong', '丹东', '安东', '단둥', 'Даньдун'] },
  { name: 'Kaesong', forms: ['Kaesong', 'Kaesŏng', 'Gaeseong', '개성', '开城', 'Кэсон'] },
  { name: 'Hamhung', forms: ['Hamhung', 'Hamhŭng', 'Hamheung', '함흥', '咸兴', 'Хамхын'] },
  { name: 'Panmunjom', forms: ['Panmunjom', "P'anmunjŏm", 'Panmunjeom', '판문점', '板门店', 'Пханмунджом'] },
  { name: 'Yalu River', forms: ['Yalu River', 'Amnok River', '압록강', '鸭绿江', 'Ялуцзян'] },
]

export type Script = 'latin' | 'han' | 'hangul' | 'cyrillic'

export function scriptOf(form: string): Script {
  if (/\p{Script=Hangul}/u.test(form)) return 'hangul'
  if (/\p{Script=Han}/u.test(form)) return 'han'
  if (/\p{Script=Cyrillic}/u.test(form)) return 'cyrillic'
  return 'latin'
}
