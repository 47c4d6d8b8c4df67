import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ImportProposal } from '../../../../shared/model/dayImport'
import { dropPage, mergeWithPrevious, movePage, restorePage, reviewFromProposal, splitAt, type Review } from './reviewModel'

const sha = (n: number) => n.toString(16).padStart(64, '0')
const proposal: ImportProposal = {
  documents: [
    { pages: [sha(1), sha(2), sha(3)], reference: '106-00828-01', repository_id: 'prc-fma-archive', starts_because: 'first' },
    { pages: [sha(4), sha(5)], reference: null, repository_id: null, starts_because: 'time_gap' },
  ],
  flags: {},
  gap_seconds: 60,
}
const pagesOf = (review: Review) => review.documents.map((d) => d.pages.map((p) => parseInt(p, 16)))

describe('review of a day', () => {
  it('splits, merges, moves across documents, drops and restores pages', () => {
    let review = reviewFromProposal(proposal)
    review = splitAt(review, sha(3))
    expect(pagesOf(review)).toEqual([[1, 2], [3], [4, 5]])
    review = mergeWithPrevious(review, 2)
    expect(pagesOf(review)).toEqual([[1, 2], [3, 4, 5]])
    review = movePage(review, sha(3), -1)
    expect(pagesOf(review)).toEqual([[1, 2, 3], [4, 5]])
    expect(review.documents[0]!.reference).toBe('106-00828-01')
    review = movePage(review, sha(1), 1)
    expect(pagesOf(review)).toEqual([[2, 1, 3], [4, 5]])
    review = dropPage(review, sha(4))
    review = dropPage(review, sha(5))
    expect(pagesOf(review)).toEqual([[2, 1, 3]])
    review = restorePage(review, sha(5))
    expect(pagesOf(review)).toEqual([[2, 1, 3], [5]])
    expect(review.dropped).toEqual([sha(4)])
  })

  it('never loses or repeats a page, whatever the historian does', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('split' as const), page: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('merge' as const), index: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('move' as const), page: fc.integer({ min: 1, max: 5 }), delta: fc.constantFrom(-1 as const, 1 as const) }),
      fc.record({ kind: fc.constant('drop' as const), page: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('restore' as const), page: fc.integer({ min: 1, max: 5 }) }),
    )
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let review = reviewFromProposal(proposal)
        for (const a of actions) {
          if (a.kind === 'split') review = splitAt(review, sha(a.page))
          if (a.kind === 'merge') review = mergeWithPrevious(review, a.index)
          if (a.kind === 'move') review = movePage(review, sha(a.page), a.delta)
          if (a.kind === 'drop') review = dropPage(review, sha(a.page))
          if (a.kind === 'restore') review = restorePage(review, sha(a.page))
        }
        const all = [...review.documents.flatMap((d) => d.pages), ...review.dropped].sort()
        expect(all).toEqual([1, 2, 3, 4, 5].map(sha))
        expect(review.documents.every((d) => d.pages.length > 0)).toBe(true)
      }),
    )
  })
})
