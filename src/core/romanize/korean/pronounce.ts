import type { Syllable } from './jamo'

/**
 * The sound changes that Revised Romanization and McCune-Reischauer both write, applied inside one
 * word: liaison (final consonant carried over to a following vowel), final neutralization,
 * nasalization (백마 -> 뱅마), liquidization (신라 -> 실라), ㄹ after a nasal read ㄴ (종로 -> 종노),
 * aspiration with ㅎ (좋고 -> 조코), and palatalization (같이 -> 가치).
 * Not modelled (they need a dictionary): ㄴ-insertion in compounds (학여울 -> 항녀울), tensing
 * (RR and MR do not write it anyway), and compounds that read ㄴ+ㄹ as ㄴ+ㄴ (신문로 -> 신문노).
 * As RR prescribes for nouns, ㅎ after ㄱ ㄷ ㅂ is written as its own h (묵호 Mukho, 북한 Bukhan).
 */

/** What a final consonant sounds like before another consonant or at the end of a word. */
const NEUTRAL: Record<string, string> = {
  ㄱ: 'ㄱ', ㄲ: 'ㄱ', ㅋ: 'ㄱ', ㄳ: 'ㄱ', ㄺ: 'ㄱ',
  ㄴ: 'ㄴ', ㄵ: 'ㄴ', ㄶ: 'ㄴ',
  ㄷ: 'ㄷ', ㅅ: 'ㄷ', ㅆ: 'ㄷ', ㅈ: 'ㄷ', ㅊ: 'ㄷ', ㅌ: 'ㄷ', ㅎ: 'ㄷ',
  ㄹ: 'ㄹ', ㄼ: 'ㄹ', ㄽ: 'ㄹ', ㄾ: 'ㄹ', ㅀ: 'ㄹ',
  ㅁ: 'ㅁ', ㄻ: 'ㅁ',
  ㅂ: 'ㅂ', ㅍ: 'ㅂ', ㄿ: 'ㅂ', ㅄ: 'ㅂ',
  ㅇ: 'ㅇ',
}

/** Double finals before a vowel: the first stays, the second is carried over. */
const SPLIT: Record<string, [string, string]> = {
  ㄳ: ['ㄱ', 'ㅆ'], ㄵ: ['ㄴ', 'ㅈ'], ㄶ: ['ㄴ', ''], ㄺ: ['ㄹ', 'ㄱ'], ㄻ: ['ㄹ', 'ㅁ'], ㄼ: ['ㄹ', 'ㅂ'],
  ㄽ: ['ㄹ', 'ㅆ'], ㄾ: ['ㄹ', 'ㅌ'], ㄿ: ['ㄹ', 'ㅍ'], ㅀ: ['ㄹ', ''], ㅄ: ['ㅂ', 'ㅆ'],
}

const ASPIRATE: Record<string, string> = { ㄱ: 'ㅋ', ㄷ: 'ㅌ', ㅈ: 'ㅊ', ㅂ: 'ㅍ' }
const NASAL: Record<string, string> = { ㄱ: 'ㅇ', ㄷ: 'ㄴ', ㅂ: 'ㅁ' }

/** The syllables of one word as they are pronounced, for romanization. */
export function pronounce(word: readonly Syllable[]): Syllable[] {
  const out = word.map((s) => ({ ...s }))
  for (let i = 0; i < out.length; i++) {
    const here = out[i]!
    const next = out[i + 1]
    if (!next) here.final = NEUTRAL[here.final] ?? here.final
    else joinBoundary(here, next)
  }
  return out
}

function joinBoundary(here: Syllable, next: Syllable): void {
  const final = here.final
  if (final === '') return
  if (next.initial === '') return carryOver(here, next)
  // ㅎ (alone or in ㄶ ㅀ) aspirates a following ㄱ ㄷ ㅈ and doubles ㅅ.
  if (final === 'ㅎ' || final === 'ㄶ' || final === 'ㅀ') {
    const rest = final === 'ㅎ' ? '' : final === 'ㄶ' ? 'ㄴ' : 'ㄹ'
    if (ASPIRATE[next.initial] && next.initial !== 'ㅂ') {
      next.initial = ASPIRATE[next.initial]!
      here.final = rest
      return
    }
    if (next.initial === 'ㅅ') {
      next.initial = 'ㅆ'
      here.final = rest
      return
    }
  }
  here.final = NEUTRAL[final] ?? final
  assimilate(here, next)
}

function carryOver(here: Syllable, next: Syllable): void {
  const final = here.final
  if (final === 'ㅇ') return
  if (final === 'ㅎ') {
    here.final = ''
    return
  }
  const split = SPLIT[final]
  const [stays, moves] = split ?? ['', final]
  here.final = stays
  let initial = moves
  // Palatalization: 굳이 -> 구지, 같이 -> 가치.
  if (next.vowel === 'ㅣ' && initial === 'ㄷ') initial = 'ㅈ'
  if (next.vowel === 'ㅣ' && initial === 'ㅌ') initial = 'ㅊ'
  next.initial = initial
}

function assimilate(here: Syllable, next: Syllable): void {
  const f = here.final
  if (next.initial === 'ㄹ') {
    if (f === 'ㄴ' || f === 'ㄹ') {
      here.final = 'ㄹ'
      return
    }
    next.initial = 'ㄴ'
  }
  if ((next.initial === 'ㄴ' || next.initial === 'ㅁ') && NASAL[f]) here.final = NASAL[f]!
  else if (f === 'ㄹ' && next.initial === 'ㄴ') next.initial = 'ㄹ'
}
