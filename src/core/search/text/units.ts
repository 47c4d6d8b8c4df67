import { classify, clusterEnd, foldCluster, foldEachAlone, isAttached, isSurrogate, singleFold, type CharClass, type FoldedAlone } from './fold'

/**
 * The folded characters of a text, each with its class and the span of the original text it came
 * from: what the tokenizer reads. Two forms give the same units: text that folds a character at a
 * time is read straight off its folded string (no object per character); any other text is folded
 * cluster by cluster into units.
 */
export interface Units {
  readonly length: number
  ch(i: number): string
  /** The code point of ch(i). */
  code(i: number): number
  cls(i: number): CharClass
  /** Offsets into the original text, [start, end). */
  start(i: number): number
  end(i: number): number
  /** The folded characters [from, to) as one string. */
  text(from: number, to: number): string
}

/** The units of a text: off its folded string when every character folds on its own. */
export function unitsOf(text: string): Units {
  const alone = foldEachAlone(text)
  return alone ? new FoldedUnits(alone) : clusterUnits(text)
}

/** Class codes of folded code units, filled as met (0: not yet asked; else 1 + index in CLASSES). */
const CLASSES: readonly CharClass[] = ['word', 'han', 'kana', 'hangul', 'space', 'other']
const CLASS_CODES = new Uint8Array(0x10000)

function classOf(code: number): CharClass {
  let c = CLASS_CODES[code]!
  if (c === 0) c = CLASS_CODES[code] = CLASSES.indexOf(classify(String.fromCharCode(code))) + 1
  return CLASSES[c - 1]!
}

/** Units of text folded a character at a time: one per code unit of the folded string. */
class FoldedUnits implements Units {
  readonly length: number
  private readonly folded: string
  private readonly offsets: Int32Array | undefined

  constructor({ folded, offsets }: FoldedAlone) {
    this.folded = folded
    this.offsets = offsets
    this.length = folded.length
  }

  ch(i: number): string {
    return this.folded[i]!
  }

  code(i: number): number {
    return this.folded.charCodeAt(i)
  }

  cls(i: number): CharClass {
    return classOf(this.folded.charCodeAt(i))
  }

  start(i: number): number {
    return this.offsets ? this.offsets[i]! : i
  }

  end(i: number): number {
    return this.start(i) + 1
  }

  text(from: number, to: number): string {
    return this.folded.slice(from, to)
  }
}

interface Unit {
  ch: string
  cls: CharClass
  start: number
  end: number
}

/** Units of any text, folded cluster by cluster (a character and its attached marks); exported for a property test. */
export function clusterUnits(text: string): Units {
  const units = toUnits(text)
  return {
    length: units.length,
    ch: (i) => units[i]!.ch,
    code: (i) => units[i]!.ch.codePointAt(0)!,
    cls: (i) => units[i]!.cls,
    start: (i) => units[i]!.start,
    end: (i) => units[i]!.end,
    text: (from, to) => units.slice(from, to).map((u) => u.ch).join(''),
  }
}

function toUnits(text: string): Unit[] {
  const units: Unit[] = []
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    const alone = i + 1 >= text.length || !isAttached(text.codePointAt(i + 1)!)
    const single = alone && !isSurrogate(code) ? singleFold(code) : null
    if (single) {
      if (single.ch) units.push({ ch: single.ch, cls: single.cls, start: i, end: i + 1 })
      i++
      continue
    }
    const end = clusterEnd(text, i)
    const folded = foldCluster(text.slice(i, end))
    for (const ch of folded) units.push({ ch, cls: classify(ch), start: i, end })
    i = end
  }
  return units
}
