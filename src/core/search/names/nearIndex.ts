import { editDistance, transpositions } from './distance'

/** A key near a word, with its value and how many edits apart they are. */
export interface NearKey<T> {
  key: string
  value: T
  distance: number
}

/**
 * Keys near a word, for a table small enough to keep each key's pairs of neighbouring letters:
 * the name table. An insertion, deletion or substitution breaks at most two of a word's distinct
 * pairs, so a key within k of them shares all but 2k of the word's pairs; only keys that do, and
 * keys that swap two of the word's neighbouring letters, are measured (a swap with another edit
 * is found when enough pairs survive it). A fuzzy walk of a trie pays for every key within k
 * edits of a short prefix, which for two edits is nearly every branch of its first levels.
 */
export class NearIndex<T> {
  /** Keys in the order they were added (a key's id is its place here): the table's first spelling of a name wins a tie. */
  private readonly keys: string[] = []
  private readonly ids = new Map<string, number>()
  private readonly values: T[] = []
  private readonly byPair = new Map<string, number[]>()
  /** Pairs shared with the word being looked up, per key id (cleared after each lookup). */
  private shared = new Uint16Array(0)

  get(key: string): T | undefined {
    const id = this.ids.get(key)
    return id === undefined ? undefined : this.values[id]
  }

  set(key: string, value: T): void {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.keys.push(key) - 1
      this.ids.set(key, id)
      for (const pair of pairsOf(key)) {
        const ids = this.byPair.get(pair)
        if (ids) ids.push(id)
        else this.byPair.set(pair, [id])
      }
    }
    this.values[id] = value
  }

  /** Keys other than the word within `max` edits of it, nearest first, then in the order they were added. */
  near(word: string, max: number): NearKey<T>[] {
    if (max <= 0) return []
    const out: (NearKey<T> & { id: number })[] = []
    for (const id of this.candidates(word, max)) {
      const key = this.keys[id]!
      if (key === word || Math.abs(key.length - word.length) > max) continue
      const distance = editDistance(word, key, max)
      if (distance <= max) out.push({ id, key, value: this.values[id]!, distance })
    }
    return out.sort((x, y) => x.distance - y.distance || x.id - y.id).map(({ key, value, distance }) => ({ key, value, distance }))
  }

  /** Ids of the keys that share enough of the word's pairs, and of those that swap two of its letters. */
  private candidates(word: string, max: number): Set<number> {
    const pairs = pairsOf(word)
    const needed = pairs.size - 2 * max
    if (needed <= 0) return new Set(this.keys.keys())
    if (this.shared.length < this.keys.length) this.shared = new Uint16Array(this.keys.length)
    const touched: number[] = []
    for (const pair of pairs) {
      for (const id of this.byPair.get(pair) ?? []) if (this.shared[id]!++ === 0) touched.push(id)
    }
    const out = new Set<number>()
    for (const id of touched) {
      if (this.shared[id]! >= needed) out.add(id)
      this.shared[id] = 0
    }
    for (const swapped of transpositions(word)) {
      const id = this.ids.get(swapped)
      if (id !== undefined) out.add(id)
    }
    return out
  }
}

/** The distinct pairs of neighbouring letters of a word. */
function pairsOf(word: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(i, i + 2))
  return out
}
