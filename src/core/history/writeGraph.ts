import { hasSeen, type Op } from '../sync/op'

/** How a field's writes (in clock order) follow one another. */
export interface WriteGraph {
  /** For each write, the index of the first later write made knowing it: the change that replaced it. */
  replacer: (number | undefined)[]
  /** For each write, the writes it replaced: those it had seen that nothing else it had seen replaced. */
  predecessors: number[][]
}

/**
 * The replace relation among a field's writes, in O(n × devices): what each write had seen of a
 * device is a prefix of that device's writes (a laptop's knowledge only grows, and its own
 * writes follow one another), so no write is compared with every other.
 */
export function writeGraph(ops: readonly Op[]): WriteGraph {
  const byDevice = new Map<string, number[]>()
  const replacer: (number | undefined)[] = ops.map(() => undefined)
  /** Per device: its writes so far, and how many of them (from the start) already have a replacer. */
  const replaced = new Map<string, number>()
  const predecessors = ops.map((op, index) => {
    for (const [device, upTo] of Object.entries(op.seen)) {
      const list = byDevice.get(device) ?? []
      let next = replaced.get(device) ?? 0
      while (next < list.length && ops[list[next]!]!.hlc <= upTo) replacer[list[next++]!] = index
      replaced.set(device, next)
    }
    const candidates = [...byDevice.entries()].flatMap(([device, list]) => {
      const latest = lastSeen(ops, list, op.seen[device])
      return latest === undefined ? [] : [latest]
    })
    const list = byDevice.get(op.device)
    if (list) list.push(index)
    else byDevice.set(op.device, [index])
    return candidates.filter((c) => !candidates.some((other) => other !== c && hasSeen(ops[other]!, ops[c]!))).sort((a, b) => a - b)
  })
  return { replacer, predecessors }
}

/** The last write in `list` (indices in clock order) stamped at or before `upTo`. */
function lastSeen(ops: readonly Op[], list: readonly number[], upTo: string | undefined): number | undefined {
  if (upTo === undefined) return undefined
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ops[list[middle]!]!.hlc <= upTo) low = middle + 1
    else high = middle
  }
  return low === 0 ? undefined : list[low - 1]
}
