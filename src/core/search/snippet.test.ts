import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSearchEngine } from './engine'
import { TIER } from './query'
import { makeSnippet } from './snippet'
import { tokenize } from './text/tokenize'

const engine = createSearchEngine({ aliases: [] })

/** Words of Russian and English in which short words also stand inside longer ones (`и` in `китайский`). */
const WORDS = ['и', 'китайский', 'в', 'вопрос', 'на', 'начало', 'не', 'нет', 'aid', 'said', 'he', 'the', 'Хрущёв', 'Gomułka', 'don’t', "don't", 'dont', 'Aid']
const words = (minLength: number, maxLength: number) => fc.array(fc.constantFrom(...WORDS, ',', '-', '«'), { minLength, maxLength }).map((parts) => parts.join(' '))
/** Fields of a few hundred characters, and long ones whose head is read before the whole is folded. */
const text = fc.oneof(words(30, 90), words(250, 600))

describe('snippets', () => {
  it('show the first place a query word stands in a field as a whole word, as a scan of every token would', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...WORDS), (transcription, word) => {
        const plan = engine.plan(`${word} `)
        const snippet = makeSnippet({ transcription }, plan, TIER.exact)
        const wanted = tokenize(word)[0]!.term
        const first = tokenize(transcription).find((t) => t.term === wanted)
        if (!first) {
          expect(snippet).toBeUndefined()
          return
        }
        expect(snippet?.field).toBe('transcription')
        // Placed so that its first highlight sits on that word, the snippet is the text there.
        const [from, to] = snippet!.highlights[0]!
        const start = first.start - from
        expect(to - from).toBe(first.end - first.start)
        expect(transcription.slice(start, start + snippet!.text.length)).toBe(snippet!.text)
      }),
      { numRuns: 3000 },
    )
  })
})
