import { describe, expect, it } from 'vitest'
import { suggestClassification } from './classification'
import { suggestDocType } from './docType'
import { suggestLanguage } from './language'

describe('suggestLanguage', () => {
  it.each([
    ['周总理：志愿军今年分三批回国，这并不意味着我们对朝鲜的支持有所减弱。', 'zh-Hans'],
    ['周總理：志願軍今年分三批回國，這並不意味著我們對朝鮮的支持有所減弱。', 'zh-Hant'],
    [
      '중화인민공화국에서 원자탄시험에 성공한것은 제국주의자들의 핵공갈정책에 대한 커다란 타격으로 된다.',
      'ko',
    ],
    [
      '最近 中共 紅衛兵들이 延邊 地域에서 北傀 金日成을 「修正主義者」로 非難하는 壁報를 붙였다는 情報가 入手되었음.',
      'ko-Kore',
    ],
    ['Беседовал с т. Ким Ир Сеном. На мой вопрос о товарищах, выехавших в Андун.', 'ru'],
    ['Record of conversation between Premier Zhou Enlai and Premier Kim Il Sung', 'en'],
  ])('reads the script of %s as %s', (text, tag) => {
    expect(suggestLanguage(text)).toMatchObject({ tag, confidence: 'high' })
  })

  it('is tentative on short text and silent without letters', () => {
    expect(suggestLanguage('金日成')).toMatchObject({ tag: 'zh-Hans', confidence: 'low' })
    expect(suggestLanguage('106-00999-01, 3–7')).toBeUndefined()
  })
})

describe('suggestDocType', () => {
  it.each([
    ['周恩来总理与金日成首相关于志愿军撤军问题的谈话记录', 'record_of_conversation', '谈话记录'],
    ['дневник посла', 'diary_journal', 'дневник'],
    ['Запись беседы с т. Ким Ир Сеном', 'record_of_conversation', 'запись беседы'],
    ['中共 動向 情報報告', 'intelligence_report', '情報報告'],
    ['中共 動向 情報', 'intelligence_report', '情報'],
    ['정보보고: 중공 동향', 'intelligence_report', '정보보고'],
    ['외무부 전보', 'cable', '전보'],
    ['周恩来致金日成的信', 'letter', '信'],
    ['Telegram from Mikoyan to the CC CPSU', 'cable', 'telegram'],
  ])('suggests from %s', (title, docType, cue) => {
    expect(suggestDocType({ title })[0]).toEqual({ doc_type: docType, cue, source: 'title' })
  })

  it('ignores cue characters buried inside other words', () => {
    expect(suggestDocType({ title: '我们相信朝鲜同志' })).toEqual([])
    expect(suggestDocType({ title: 'Банкнота' })).toEqual([])
  })

  it('falls back to the opening of the text', () => {
    expect(suggestDocType({ text: '来电 (64) 第997号' })[0]).toEqual({
      doc_type: 'cable',
      cue: '来电',
      source: 'text',
    })
  })
})

describe('suggestClassification', () => {
  it.each([
    ['机密', 'secret'],
    ['绝密', 'top_secret'],
    ['秘密', 'confidential'],
    ['2급비밀', 'secret'],
    ['2급 비밀', 'secret'],
    ['대외비', 'restricted'],
    ['Совершенно секретно', 'top_secret'],
    ['СЕКРЕТНО', 'secret'],
    ['Особая папка', 'special_access'],
    ['ДСП', 'restricted'],
    ['TOP SECRET / Copy № 1', 'top_secret'],
    ['SECRET', 'secret'],
    ['S', 'secret'],
  ])('%s → %s', (marking, level) => {
    expect(suggestClassification(marking)?.level).toBe(level)
  })

  it('suggests nothing for an unknown marking', () => {
    expect(suggestClassification('急')).toBeUndefined()
  })
})
