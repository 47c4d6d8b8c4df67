import type { ImportProposal } from '../../../../shared/model/dayImport'

/** One document as the historian shapes it in the review. */
export interface ReviewDocument {
  /** Stable within the review, for React keys and focus. */
  key: string
  pages: string[]
  reference: string
  repository_id: string
}

export interface Review {
  documents: ReviewDocument[]
  /** Pages left out of every document (restorable until the drafts are made). */
  dropped: string[]
}

let counter = 0
const newKey = () => `doc-${++counter}`

/** The proposal as an editable review. */
export function reviewFromProposal(proposal: ImportProposal): Review {
  return {
    documents: proposal.documents.map((d) => ({ key: newKey(), pages: [...d.pages], reference: d.reference ?? '', repository_id: d.repository_id ?? '' })),
    dropped: [],
  }
}

/** Where a page is: its document and its place in it. */
export function locate(review: Review, sha256: string): { document: number; page: number } | undefined {
  for (const [document, d] of review.documents.entries()) {
    const page = d.pages.indexOf(sha256)
    if (page >= 0) return { document, page }
  }
  return undefined
}

const withDocuments = (review: Review, documents: ReviewDocument[]): Review => ({ ...review, documents: documents.filter((d) => d.pages.length > 0) })

/** Starts a new document at this page: it and the pages after it leave their document. */
export function splitAt(review: Review, sha256: string): Review {
  const at = locate(review, sha256)
  if (!at || at.page === 0) return review
  const documents = [...review.documents]
  const document = documents[at.document]!
  documents.splice(at.document, 1, { ...document, pages: document.pages.slice(0, at.page) }, { key: newKey(), pages: document.pages.slice(at.page), reference: '', repository_id: '' })
  return withDocuments(review, documents)
}

/** Joins a document to the one before it (keeping the earlier one's reference, else its own). */
export function mergeWithPrevious(review: Review, index: number): Review {
  if (index <= 0 || index >= review.documents.length) return review
  const documents = [...review.documents]
  const [before, document] = [documents[index - 1]!, documents[index]!]
  documents.splice(index - 1, 2, {
    ...before,
    pages: [...before.pages, ...document.pages],
    reference: before.reference || document.reference,
    repository_id: before.repository_id || document.repository_id,
  })
  return withDocuments(review, documents)
}

/**
 * Moves a page one place earlier (-1) or later (+1); past the edge of its document it joins the
 * neighbouring document, so pages can be carried from one document to the next.
 */
export function movePage(review: Review, sha256: string, delta: -1 | 1): Review {
  const at = locate(review, sha256)
  if (!at) return review
  const documents = review.documents.map((d) => ({ ...d, pages: [...d.pages] }))
  const pages = documents[at.document]!.pages
  const target = at.page + delta
  if (target >= 0 && target < pages.length) {
    ;[pages[at.page], pages[target]] = [pages[target]!, pages[at.page]!]
    return withDocuments(review, documents)
  }
  const neighbour = documents[at.document + delta]
  if (!neighbour) return review
  pages.splice(at.page, 1)
  if (delta < 0) neighbour.pages.push(sha256)
  else neighbour.pages.unshift(sha256)
  return withDocuments(review, documents)
}

/** Leaves a page out of every document. */
export function dropPage(review: Review, sha256: string): Review {
  const at = locate(review, sha256)
  if (!at) return review
  const documents = review.documents.map((d, i) => (i === at.document ? { ...d, pages: d.pages.filter((p) => p !== sha256) } : d))
  return { documents: documents.filter((d) => d.pages.length > 0), dropped: [...review.dropped, sha256] }
}

/** Puts a dropped page back, as a document of its own at the end (move it from there). */
export function restorePage(review: Review, sha256: string): Review {
  if (!review.dropped.includes(sha256)) return review
  return {
    documents: [...review.documents, { key: newKey(), pages: [sha256], reference: '', repository_id: '' }],
    dropped: review.dropped.filter((p) => p !== sha256),
  }
}

export function setDocument(review: Review, index: number, changes: Partial<Pick<ReviewDocument, 'reference' | 'repository_id'>>): Review {
  return { ...review, documents: review.documents.map((d, i) => (i === index ? { ...d, ...changes } : d)) }
}

/** What `import.createDrafts` takes. */
export function draftsInput(sessionId: string, review: Review) {
  return {
    session_id: sessionId,
    documents: review.documents.map((d) => ({
      pages: d.pages,
      ...(d.reference.trim() ? { reference: d.reference.trim() } : {}),
      ...(d.repository_id ? { repository_id: d.repository_id } : {}),
    })),
  }
}

/** Adopts references read after the review began, for documents the historian left without one. */
export function adoptReferences(review: Review, proposal: ImportProposal): Review {
  const byFirstPage = new Map(proposal.documents.map((d) => [d.pages[0], d]))
  return {
    ...review,
    documents: review.documents.map((d) => {
      const read = byFirstPage.get(d.pages[0])
      return d.reference || !read?.reference ? d : { ...d, reference: read.reference, repository_id: d.repository_id || (read.repository_id ?? '') }
    }),
  }
}
