import { describe, expect, it } from 'vitest'
import { romanize, romanizeName } from '../index'
import { splitChineseName } from './chinese'

const main = (hanzi: string, system: string) =>
  romanizeName(hanzi, { kind: 'person' }).find((f) => f.system === system && f.variant === undefined)?.value

/** Personal names as printed in pinyin and in Wade-Giles (Library of Congress name authority forms). */
const NAMES: [string, string, string, string][] = [
  ['毛泽东', 'Mao Zedong', 'Máo Zédōng', 'Mao Tse-tung'],
  ['周恩来', 'Zhou Enlai', 'Zhōu Ēnlái', 'Chou En-lai'],
  ['彭德怀', 'Peng Dehuai', 'Péng Déhuái', "P'eng Te-huai"],
  ['邓小平', 'Deng Xiaoping', 'Dèng Xiǎopíng', "Teng Hsiao-p'ing"],
  ['华国锋', 'Hua Guofeng', 'Huà Guófēng', 'Hua Kuo-feng'],
  ['朱德', 'Zhu De', 'Zhū Dé', 'Chu Te'],
  ['林彪', 'Lin Biao', 'Lín Biāo', 'Lin Piao'],
  ['蒋介石', 'Jiang Jieshi', 'Jiǎng Jièshí', 'Chiang Chieh-shih'],
  ['陈毅', 'Chen Yi', 'Chén Yì', "Ch'en I"],
  ['高岗', 'Gao Gang', 'Gāo Gǎng', 'Kao Kang'],
  ['康生', 'Kang Sheng', 'Kāng Shēng', "K'ang Sheng"],
  ['江青', 'Jiang Qing', 'Jiāng Qīng', "Chiang Ch'ing"],
  ['周保中', 'Zhou Baozhong', 'Zhōu Bǎozhōng', 'Chou Pao-chung'],
  ['聂荣臻', 'Nie Rongzhen', 'Niè Róngzhēn', 'Nieh Jung-chen'],
  ['叶剑英', 'Ye Jianying', 'Yè Jiànyīng', 'Yeh Chien-ying'],
  ['贺龙', 'He Long', 'Hè Lóng', 'Ho Lung'],
  ['徐向前', 'Xu Xiangqian', 'Xú Xiàngqián', "Hsü Hsiang-ch'ien"],
  ['陈赓', 'Chen Geng', 'Chén Gēng', "Ch'en Keng"],
  ['洪学智', 'Hong Xuezhi', 'Hóng Xuézhì', 'Hung Hsüeh-chih'],
  ['杨得志', 'Yang Dezhi', 'Yáng Dézhì', 'Yang Te-chih'],
  ['张闻天', 'Zhang Wentian', 'Zhāng Wéntiān', "Chang Wen-t'ien"],
  ['伍修权', 'Wu Xiuquan', 'Wǔ Xiūquán', "Wu Hsiu-ch'üan"],
  ['欧阳修', 'Ouyang Xiu', 'Ōuyáng Xiū', 'Ou-yang Hsiu'],
  ['曾国藩', 'Zeng Guofan', 'Zēng Guófān', 'Tseng Kuo-fan'],
  ['鲁迅', 'Lu Xun', 'Lǔ Xùn', 'Lu Hsün'],
  ['胡适', 'Hu Shi', 'Hú Shì', 'Hu Shih'],
  ['郭沫若', 'Guo Moruo', 'Guō Mòruò', 'Kuo Mo-jo'],
  ['丁玲', 'Ding Ling', 'Dīng Líng', 'Ting Ling'],
  ['赵紫阳', 'Zhao Ziyang', 'Zhào Zǐyáng', 'Chao Tzu-yang'],
  ['胡耀邦', 'Hu Yaobang', 'Hú Yàobāng', 'Hu Yao-pang'],
  ['李鹏', 'Li Peng', 'Lǐ Péng', "Li P'eng"],
  ['孙中山', 'Sun Zhongshan', 'Sūn Zhōngshān', 'Sun Chung-shan'],
]

describe('Chinese personal names', () => {
  it.each(NAMES)('%s: %s / %s / %s', (hanzi, pinyin, tonal, wadeGiles) => {
    expect(main(hanzi, 'pinyin')).toBe(pinyin)
    expect(main(hanzi, 'pinyin-tonal')).toBe(tonal)
    expect(main(hanzi, 'wade-giles')).toBe(wadeGiles)
  })

  it('reads traditional characters as their simplified forms', () => {
    expect(main('彭德懷', 'wade-giles')).toBe("P'eng Te-huai")
    expect(main('周恩來', 'pinyin')).toBe('Zhou Enlai')
  })

  it('reads surname polyphones as surnames (单 Shan, 曾 Zeng, 朴 Piao)', () => {
    expect(main('单雄信', 'pinyin')).toBe('Shan Xiongxin')
    expect(main('朴宪永', 'pinyin')).toBe('Piao Xianyong')
  })

  it('splits two-character family names', () => {
    expect(splitChineseName('司马光')).toEqual({ family: '司马', given: '光' })
    expect(splitChineseName('毛泽东')).toEqual({ family: '毛', given: '泽东' })
  })

  it('offers the variants met in print', () => {
    const values = romanizeName('毛泽东', { kind: 'person' }).map((f) => f.value)
    expect(values).toEqual(expect.arrayContaining(['Mao Tsetung', 'Mao Tse Tung']))
    expect(romanizeName('周恩来', { kind: 'person' }).map((f) => f.value)).toContain('Chou Enlai')
    expect(romanizeName('彭德怀', { kind: 'person' }).map((f) => f.value)).toContain('Peng Te-huai')
    expect(romanizeName('斯大林', { kind: 'person' }).map((f) => f.value)).toContain('Sidalin')
  })
})

describe('Chinese titles', () => {
  it('goes syllable by syllable, first letter capitalized, as ALA-LC does', () => {
    expect(romanize('中国人民志愿军', 'pinyin')).toBe('Zhong guo ren min zhi yuan jun')
    expect(romanize('中国人民志愿军', 'wade-giles')).toBe('Chung kuo jen min chih yüan chün')
    expect(romanize('关于朝鲜停战谈判问题', 'pinyin-tonal')).toBe('Guān yú cháo xiān tíng zhàn tán pàn wèn tí')
  })

  it('reads polyphones by their word (银行 yin hang, 行政 xing zheng, 重慶 chong qing)', () => {
    expect(romanize('银行行政', 'pinyin')).toBe('Yin hang xing zheng')
    expect(romanize('重慶', 'pinyin')).toBe('Chong qing')
  })

  it('joins and capitalizes known words, with the pinyin apostrophe', () => {
    expect(romanize('中国人民志愿军', 'pinyin', { chineseWords: ['中国'] })).toBe('Zhongguo ren min zhi yuan jun')
    expect(romanize('西安事变', 'pinyin', { chineseWords: ['西安'] })).toBe("Xi'an shi bian")
    expect(romanize('西安事变', 'wade-giles', { chineseWords: ['西安'] })).toBe('Hsi-an shih pien')
  })

  it('keeps numbers and turns Chinese punctuation into Latin', () => {
    expect(romanize('建国以来毛泽东文稿，第6册', 'pinyin')).toBe('Jian guo yi lai mao ze dong wen gao, di 6 ce')
    expect(romanize('《人民日报》社论', 'pinyin')).toBe('"ren min ri bao" she lun')
  })
})
