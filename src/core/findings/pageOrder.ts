import type { PageRef } from '../../shared/model/pages'
import type { MergedRecord } from '../sync/merge'
import type { Change, Op } from '../sync/op'
import { keysBetween } from './positionKeys'

/**
 * A finding's pages are two observed-remove sets in its op log: `attachments` (which files,
 * `<sha256>/<name>`) and `page_positions` (where each goes, `<sha256>:<key>`). Moving a page
 * removes its position and adds a new one, so concurrent moves of different pages both apply;
 * if two laptops move the same page, its position added last (by clock) wins. The order is a
 * pure function of the ops, so every laptop converges on the same one.
 */
export const PAGE_POSITIONS = 'page_positions'

/** Keys longer than this make a move re-space the whole list instead. */
const RESPACE_LENGTH = 40

type Adds = Record<string, string[]>

export const attachmentElement = (sha256: string, name: string): string => `${sha256}/${name}`
export const positionElement = (sha256: string, key: string): string => `${sha256}:${key}`

const latest = (hlcs: readonly string[]): string => hlcs.reduce((max, hlc) => (hlc > max ? hlc : max), '')
const earliest = (hlcs: readonly string[]): string => hlcs.reduce((min, hlc) => (hlc < min ? hlc : min))

interface Placed extends PageRef {
  key: string | undefined
  /** When the page was first added here: the order of pages that have no position. */
  added: string
}

/** The position of each page: of its live position elements, the one added last. */
function positionsBySha(positions: Adds): Map<string, { key: string; hlc: string }> {
  const keys = new Map<string, { key: string; hlc: string }>()
  for (const [element, hlcs] of Object.entries(positions)) {
    const sha256 = element.slice(0, 64)
    const candidate = { key: element.slice(65), hlc: latest(hlcs) }
    const current = keys.get(sha256)
    if (!current || candidate.hlc > current.hlc) keys.set(sha256, candidate)
  }
  return keys
}

/** Pages in order: by position key (hash breaks ties), then those without one by when they were added. */
function placedPages(merged: MergedRecord): Placed[] {
  const keys = positionsBySha(merged.setAdds[PAGE_POSITIONS] ?? {})
  const bySha = new Map<string, Placed & { named: string }>()
  for (const [element, hlcs] of Object.entries(merged.setAdds.attachments ?? {})) {
    const sha256 = element.slice(0, 64)
    const named = latest(hlcs)
    const current = bySha.get(sha256)
    // One file under two names (renamed on two laptops at once): the name given last wins.
    if (current && current.named > named) continue
    const added = current ? (current.added < earliest(hlcs) ? current.added : earliest(hlcs)) : earliest(hlcs)
    bySha.set(sha256, { sha256, name: element.slice(65), key: keys.get(sha256)?.key, added, named })
  }
  const compare = (a: Placed, b: Placed): number => {
    if (a.key !== undefined && b.key !== undefined) return a.key < b.key ? -1 : a.key > b.key ? 1 : a.sha256 < b.sha256 ? -1 : 1
    if (a.key !== undefined) return -1
    if (b.key !== undefined) return 1
    return a.added < b.added ? -1 : a.added > b.added ? 1 : a.sha256 < b.sha256 ? -1 : 1
  }
  return [...bySha.values()].map(({ named: _named, ...page }) => page).sort(compare)
}

/** The finding's pages in reading order. */
export function orderedPages(merged: MergedRecord): PageRef[] {
  return placedPages(merged).map(({ sha256, name }) => ({ sha256, name }))
}

/**
 * Which pages of `wanted` keep their current key: the longest run of pages, in the wanted order,
 * whose keys already increase. Only the others move, so a move writes one position.
 */
function keptPages(current: readonly Placed[], wanted: readonly PageRef[]): Set<string> {
  const rank = new Map(current.filter((p) => p.key !== undefined).map((p, i) => [p.sha256, i]))
  const ranks = wanted.map((page) => rank.get(page.sha256) ?? -1)
  // Longest strictly increasing subsequence of ranks (n is at most a few hundred pages).
  const best: number[] = ranks.map(() => 0)
  const previous: number[] = ranks.map(() => -1)
  let end = -1
  ranks.forEach((r, i) => {
    if (r < 0) return
    best[i] = 1
    for (let j = 0; j < i; j++) {
      if (ranks[j]! >= 0 && ranks[j]! < r && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1
        previous[i] = j
      }
    }
    if (end < 0 || best[i]! > best[end]!) end = i
  })
  const kept = new Set<string>()
  for (let i = end; i >= 0; i = previous[i]!) kept.add(wanted[i]!.sha256)
  return kept
}

/** New keys for `wanted`: kept pages keep theirs, each run of others is spread between its neighbours. */
function assignKeys(current: readonly Placed[], wanted: readonly PageRef[]): string[] {
  const keyOf = new Map(current.map((p) => [p.sha256, p.key]))
  const kept = keptPages(current, wanted)
  const keys: (string | undefined)[] = wanted.map((p) => (kept.has(p.sha256) ? keyOf.get(p.sha256) : undefined))
  const respaced = () => keysBetween(null, null, wanted.length)
  for (let i = 0; i < wanted.length; ) {
    if (keys[i] !== undefined) {
      i++
      continue
    }
    let j = i
    while (j < wanted.length && keys[j] === undefined) j++
    const [before, after] = [keys[i - 1] ?? null, keys[j] ?? null]
    // Two kept pages may share a key (placed at once on two laptops): nothing fits between them.
    if (before !== null && after !== null && before >= after) return respaced()
    keysBetween(before, after, j - i).forEach((key, n) => (keys[i + n] = key))
    i = j
  }
  const all = keys as string[]
  return all.some((key) => key.length > RESPACE_LENGTH) ? respaced() : all
}

/** Removes every live element of `field` that `keep` refuses, cancelling the additions seen here. */
function removals(merged: MergedRecord, field: string, keep: (element: string) => boolean): Change[] {
  return Object.entries(merged.setAdds[field] ?? {})
    .filter(([element]) => !keep(element))
    .map(([element, removes]) => ({ type: 'remove', field, element, removes }))
}

/**
 * The changes that turn the finding's pages into `wanted` (in that order): files added and
 * removed, and positions written only for pages that moved (or arrived).
 */
export function pageChanges(merged: MergedRecord, wanted: readonly PageRef[]): Change[] {
  const current = placedPages(merged)
  const wantedElements = new Set(wanted.map((p) => attachmentElement(p.sha256, p.name)))
  const present = merged.setAdds.attachments ?? {}
  const keys = assignKeys(current, wanted)
  const target = new Set(wanted.map((p, i) => positionElement(p.sha256, keys[i]!)))
  const livePosition = positionsBySha(merged.setAdds[PAGE_POSITIONS] ?? {})
  // A page that stays where it is keeps all its position elements, losers of a concurrent move too.
  const unmoved = (element: string) => target.has(positionElement(element.slice(0, 64), livePosition.get(element.slice(0, 64))?.key ?? ''))
  const positions = merged.setAdds[PAGE_POSITIONS] ?? {}
  return [
    ...removals(merged, 'attachments', (element) => wantedElements.has(element)),
    ...[...wantedElements].filter((e) => !Object.hasOwn(present, e)).map((element): Change => ({ type: 'add', field: 'attachments', element })),
    ...removals(merged, PAGE_POSITIONS, (element) => target.has(element) || unmoved(element)),
    ...[...target].filter((e) => !Object.hasOwn(positions, e)).map((element): Change => ({ type: 'add', field: PAGE_POSITIONS, element })),
  ]
}

/** The changes that create a finding's pages, in order. */
export function creationPageChanges(pages: readonly PageRef[]): Change[] {
  const keys = keysBetween(null, null, pages.length)
  return [
    ...pages.map((p): Change => ({ type: 'add', field: 'attachments', element: attachmentElement(p.sha256, p.name) })),
    ...pages.map((p, i): Change => ({ type: 'add', field: PAGE_POSITIONS, element: positionElement(p.sha256, keys[i]!) })),
  ]
}

/** A file that was a page of the finding and is no longer, with the clock of its removal. */
export interface RemovedPage extends PageRef {
  removedHlc: string
}

/**
 * Pages the finding once had and has no more (most recently removed first): the history from
 * which a removed page is put back. Files are never deleted, so each can return.
 */
export function removedPages(history: readonly Op[], current: readonly PageRef[]): RemovedPage[] {
  const present = new Set(current.map((page) => page.sha256))
  const removed = new Map<string, RemovedPage>()
  for (const op of history) {
    const change = op.change
    if (change.type !== 'remove' || change.field !== 'attachments') continue
    const sha256 = change.element.slice(0, 64)
    if (present.has(sha256)) continue
    const earlier = removed.get(sha256)
    if (!earlier || earlier.removedHlc < op.hlc) removed.set(sha256, { sha256, name: change.element.slice(65), removedHlc: op.hlc })
  }
  return [...removed.values()].sort((a, b) => (a.removedHlc > b.removedHlc ? -1 : 1))
}
