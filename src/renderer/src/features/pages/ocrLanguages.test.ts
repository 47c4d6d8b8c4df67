import { describe, expect, it } from 'vitest'
import { ocrLanguagesFor } from './ocrLanguages'

describe('ocrLanguagesFor', () => {
  it.each([
    ['zh-Hans', ['zh-Hans']],
    ['zh', ['zh-Hans']],
    ['zh-CN', ['zh-Hans']],
    ['zh-Hant', ['zh-Hant']],
    ['zh-Hant-TW', ['zh-Hant']],
    ['zh-TW', ['zh-Hant']],
    ['ko', ['ko']],
    ['ko-KP', ['ko']],
    ['ko-Kore', ['ko', 'zh-Hant']],
    ['ru', ['ru']],
    ['ru-RU', ['ru']],
    ['en', ['en']],
    ['ja', ['en']],
    // A tag that only begins with a language's letters is not that language.
    ['zhx', ['en']],
    ['rue', ['en']],
  ])('%s starts with %j', (tag, languages) => {
    expect(ocrLanguagesFor(tag)).toEqual(languages)
  })
})
