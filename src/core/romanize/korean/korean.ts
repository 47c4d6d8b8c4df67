import { joinPieces, latinPunctuation, stripDiacritics } from '../forms'
import { capitalize } from '../chinese/pinyin'
import { isHangulSyllable, syllablesOf } from './jamo'
import { latinWord, type KoreanSystem } from './latin'
import { pronounce } from './pronounce'

export type KoreanOutput = 'revised-romanization' | 'mccune-reischauer' | 'mccune-reischauer-ascii'

export function koreanSystemOf(output: KoreanOutput): KoreanSystem {
  return output === 'revised-romanization' ? 'rr' : 'mr'
}

/** One Hangul word (no spaces) with the sound changes inside it. */
export function romanizeKoreanWord(word: string, output: KoreanOutput): string {
  const latin = latinWord(pronounce(syllablesOf(word)), koreanSystemOf(output))
  return output === 'mccune-reischauer-ascii' ? stripDiacritics(latin) : latin
}

/**
 * A title or other text, word by word as Korean spaces it (sound changes never cross a space),
 * first word capitalized. Hanja and other scripts inside the text are kept as they are.
 */
export function romanizeKorean(text: string, output: KoreanOutput): string {
  const pieces: string[] = []
  let run = ''
  let other = ''
  const flushRun = () => {
    if (run) pieces.push(romanizeKoreanWord(run, output))
    run = ''
  }
  const flushOther = () => {
    if (other) pieces.push(latinPunctuation(other))
    other = ''
  }
  for (const c of text) {
    if (isHangulSyllable(c)) {
      flushOther()
      run += c
    } else {
      flushRun()
      other += c
    }
  }
  flushRun()
  flushOther()
  return capitalize(joinPieces(pieces))
}
