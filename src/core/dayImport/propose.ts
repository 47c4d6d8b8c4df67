import { parseReference } from '../../shared/findings/reference'
import type { ImportPage, ImportProposal, PageFlag, ProposedDocument } from '../../shared/model/dayImport'
import { captureSeconds } from './captureTime'
import { textSimilarity } from '../../shared/text/editDistance'
import { hashDistance } from './pageFacts'

/** A pause this long always starts a new document; shorter ones do when far above the day's rhythm. */
const MIN_GAP_SECONDS = 45
const MAX_GAP_SECONDS = 600
/** How many times the day's typical pause between shots a pause must be to start a document. */
const GAP_FACTOR = 4
/** Difference hashes this close are the same page photographed again. */
const DUPLICATE_BITS = 3
/** How many pages back a repeat is looked for (a retake comes right after, or nearly). */
const DUPLICATE_WINDOW = 3
/** Tops of two pages that read this alike (and are long enough to tell) are one page photographed twice. */
const SAME_TEXT = 0.9
const MIN_TEXT = 12
/** A page this much less sharp than the day's typical page is probably shaken or out of focus. */
const BLUR_FACTOR = 0.35

const median = (values: number[]): number => {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The gap above which a new document starts: four times the day's median pause, within 45 s to 10 min. */
export function gapThreshold(pages: readonly ImportPage[]): number {
  const times = pages.map((p) => captureSeconds(p.captured_at)).filter((t): t is number => t !== undefined)
  const gaps = times.slice(1).map((t, i) => t - times[i]!).filter((g) => g >= 0)
  return Math.min(MAX_GAP_SECONDS, Math.max(MIN_GAP_SECONDS, GAP_FACTOR * median(gaps)))
}

/** The key two references share when they name the same document (pages aside). */
const referenceKey = (page: ImportPage): string | undefined =>
  page.reference ? (parseReference(page.reference, page.repository_id ?? undefined).reference_key ?? undefined) : undefined

/**
 * Proposes documents from a day's pages in shooting order: a new document starts at a pause
 * well above the day's rhythm of shooting, or where a page carries a reference other than the
 * current document's; a pause inside one reference (a break mid-file) does not split it. Pages
 * repeating one of the few before them (by image, or by the text OCR read at their top, which
 * tells apart pages of one layout that images of text cannot), and pages much blurrier than the
 * day's typical page, are flagged.
 */
export function proposeDocuments(pages: readonly ImportPage[], headers: ReadonlyMap<string, string> = new Map()): ImportProposal {
  const gap = gapThreshold(pages)
  const documents: ProposedDocument[] = []
  let current: (ProposedDocument & { key?: string }) | undefined
  let previousTime: number | undefined
  for (const page of pages) {
    const time = captureSeconds(page.captured_at)
    const key = referenceKey(page)
    const paused = time !== undefined && previousTime !== undefined && time - previousTime > gap
    const newReference = key !== undefined && current?.key !== undefined && key !== current.key
    const sameReference = key !== undefined && key === current?.key
    const because = !current ? 'first' : newReference ? 'new_reference' : paused && !sameReference ? 'time_gap' : undefined
    if (because) {
      current = { pages: [], reference: null, repository_id: null, starts_because: because }
      documents.push(current)
    }
    current!.pages.push(page.sha256)
    if (key !== undefined && current!.key === undefined) Object.assign(current!, { key, reference: page.reference, repository_id: page.repository_id })
    if (time !== undefined) previousTime = time
  }
  return { documents: documents.map(({ pages, reference, repository_id, starts_because }) => ({ pages, reference, repository_id, starts_because })), flags: flagPages(pages, headers), gap_seconds: gap }
}

/** Letters and digits only: OCR's spacing and punctuation vary between two shots of one page. */
const comparable = (text: string | undefined) => (text ?? '').replace(/[^\p{L}\p{N}]/gu, '')

function sameText(a: string | undefined, b: string | undefined): boolean {
  const [x, y] = [comparable(a), comparable(b)]
  return x.length >= MIN_TEXT && y.length >= MIN_TEXT && textSimilarity(x, y) >= SAME_TEXT
}

function flagPages(pages: readonly ImportPage[], headers: ReadonlyMap<string, string>): ImportProposal['flags'] {
  const flags: ImportProposal['flags'] = {}
  const add = (sha256: string, flag: PageFlag, of?: string) => (flags[sha256] ??= []).push({ flag, ...(of ? { of } : {}) })
  const typical = median(pages.map((p) => p.sharpness))
  pages.forEach((page, i) => {
    const earlier = pages.slice(Math.max(0, i - DUPLICATE_WINDOW), i)
    const repeated = earlier.find(
      (other) => hashDistance(other.hash, page.hash) <= DUPLICATE_BITS || sameText(headers.get(other.sha256), headers.get(page.sha256)),
    )
    if (repeated) add(page.sha256, 'duplicate', repeated.sha256)
    if (typical > 0 && page.sharpness < BLUR_FACTOR * typical) add(page.sha256, 'blurred')
  })
  return flags
}
