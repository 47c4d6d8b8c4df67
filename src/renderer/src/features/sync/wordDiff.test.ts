import { describe, expect, it } from 'vitest'
import { tokenize, wordDiff, type DiffPart } from './wordDiff'

const side = (parts: DiffPart[], keep: DiffPart['type']) =>
  parts.filter((p) => p.type === 'same' || p.type === keep).map((p) => p.text).join('')

describe('word diff', () => {
  it('splits Latin, Cyrillic and Hangul by word, Chinese by character, and keeps spaces and punctuation', () => {
    expect(tokenize('Kim said: 金日成 언급했다 Ким.')).toEqual(['Kim', ' ', 'said', ':', ' ', '金', '日', '成', ' ', '언급했다', ' ', 'Ким', '.'])
  })

  it('marks the changed words only', () => {
    expect(wordDiff('Kim on readmitting the dissidents.', 'Kim on refusing the dissidents.')).toEqual([
      { type: 'same', text: 'Kim on ' },
      { type: 'removed', text: 'readmitting' },
      { type: 'added', text: 'refusing' },
      { type: 'same', text: ' the dissidents.' },
    ])
  })

  it('finds a changed character inside Chinese text', () => {
    expect(wordDiff('志愿军今年分三批回国', '志愿军明年分三批回国')).toEqual([
      { type: 'same', text: '志愿军' },
      { type: 'removed', text: '今' },
      { type: 'added', text: '明' },
      { type: 'same', text: '年分三批回国' },
    ])
  })

  it('always rebuilds both texts from its parts', () => {
    const pairs = [
      ['', 'new text'],
      ['old text', ''],
      ['a b c d e', 'e d c b a'],
      ['Советское посольство сообщило', 'Посольство сообщило вчера'],
    ]
    for (const [before, after] of pairs) {
      const parts = wordDiff(before!, after!)
      expect(side(parts, 'removed')).toBe(before)
      expect(side(parts, 'added')).toBe(after)
    }
  })

  it('keeps the common words of a reordering (a longest common subsequence)', () => {
    const same = wordDiff('one two three four', 'two three four one').filter((p) => p.type === 'same').map((p) => p.text).join('')
    expect(same).toBe('two three four')
  })
})
