import type { FindingListInput, FindingPage, FindingSummary } from '../../../../shared/model/findingList'

/** Rows per request: a screenful or two, so a jump anywhere costs one small call. */
export const PAGE_SIZE = 100
/** How many filter/sort combinations keep their pages, so switching back is instant. */
const KEPT_QUERIES = 4

export type ListQuery = Omit<FindingListInput, 'offset' | 'limit'>
export type FetchPage = (query: ListQuery, offset: number, limit: number) => Promise<FindingPage>

interface QueryPages {
  query: ListQuery
  total?: number
  pages: Map<number, FindingSummary[]>
  /** Pages loaded since the last library change; the others are shown until they reload. */
  fresh: Set<number>
  loading: Set<number>
  /** Why the last load failed, as thrown (the view puts it in words). */
  error?: unknown
}

/** A stable key for a query: the same filter and sort give the same key whatever the key order. */
export function queryKey(query: ListQuery): string {
  return JSON.stringify(Object.entries(query).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)))
}

/**
 * The findings list's rows, fetched a page at a time as they scroll into view and kept per
 * filter+sort. A library change marks every page stale without dropping it, so the list never
 * blanks while it reloads. Subscribe with `useSyncExternalStore(subscribe, revision)`.
 */
export class FindingPageCache {
  private readonly queries = new Map<string, QueryPages>()
  private readonly listeners = new Set<() => void>()
  private generation = 0
  private rev = 0

  constructor(private readonly fetchPage: FetchPage) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  revision = (): number => this.rev

  /** After a library change (or to retry after an error): every page reloads when next in view. */
  invalidate(): void {
    this.generation++
    for (const pages of this.queries.values()) {
      pages.fresh.clear()
      pages.error = undefined
    }
    this.notify()
  }

  total(query: ListQuery): number | undefined {
    return this.queries.get(queryKey(query))?.total
  }

  error(query: ListQuery): unknown {
    return this.queries.get(queryKey(query))?.error
  }

  row(query: ListQuery, index: number): FindingSummary | undefined {
    return this.queries.get(queryKey(query))?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE]
  }

  /** The ids of rows first..last when all of them are loaded, else undefined. */
  loadedIds(query: ListQuery, first: number, last: number): string[] | undefined {
    const ids: string[] = []
    for (let i = first; i <= last; i++) {
      const row = this.row(query, i)
      if (!row) return undefined
      ids.push(row.id)
    }
    return ids
  }

  /** Loads the pages holding rows first..last that are missing or stale. */
  ensure(query: ListQuery, first: number, last: number): void {
    const pages = this.pagesOf(query)
    if (pages.error) return
    for (let page = Math.floor(Math.max(0, first) / PAGE_SIZE); page <= Math.floor(Math.max(0, last) / PAGE_SIZE); page++) {
      if (!pages.fresh.has(page) && !pages.loading.has(page)) void this.load(pages, page)
    }
  }

  private pagesOf(query: ListQuery): QueryPages {
    const key = queryKey(query)
    const existing = this.queries.get(key)
    this.queries.delete(key)
    const pages = existing ?? { query, pages: new Map(), fresh: new Set<number>(), loading: new Set<number>() }
    this.queries.set(key, pages)
    for (const old of this.queries.keys()) if (this.queries.size > KEPT_QUERIES) this.queries.delete(old)
    return pages
  }

  private async load(pages: QueryPages, page: number): Promise<void> {
    const generation = this.generation
    pages.loading.add(page)
    try {
      const result = await this.fetchPage(pages.query, page * PAGE_SIZE, PAGE_SIZE)
      if (generation !== this.generation) return
      pages.total = result.total
      pages.pages.set(page, result.items)
      pages.fresh.add(page)
      pages.error = undefined
    } catch (error) {
      pages.error = error ?? new Error('unknown')
    } finally {
      pages.loading.delete(page)
      this.notify()
    }
  }

  private notify(): void {
    this.rev++
    for (const listener of this.listeners) listener()
  }
}
