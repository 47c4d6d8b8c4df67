import { detectReferenceScheme, normalizeReferenceText } from '../../shared/findings/reference'
import { findEmbeddedReference } from '../exports/findReference'

/** A PRC Foreign Ministry file number, `106-00828-01`; OCR may drop a dash for a space. */
const PRC_FMA_NUMBER = /(?<!\d)(\d{3})\s*[-–—\s]\s*(\d{5})\s*[-–—\s]\s*(\d{2})(?!\d)/u
/**
 * A Russian archival reference, anchored on `оп.` (opis), which OCR reads reliably; the fond's
 * letter before it is often misread (`ф.` as `中.` when Chinese is read too), so only its number is
 * taken. Papka, delo and list follow as far as they are written.
 */
const RUSSIAN = /(\d{1,5}[а-яА-Яa-zA-Z]?)\s*[,;]?\s*(?:оп|Оп|op|Op)\.?\s*(\d{1,4}[а-яА-Я]?)((?:\s*[,;]?\s*(?:п|д|л|лл|p|d|l)\.?\s*\d[\d\s–-]*(?:об\.)?)*)/u
const RUSSIAN_PART = /(п|д|лл|л|p|d|l)\.?\s*(\d[\d–-]*(?:\s*об\.)?)/gu
/** The Russian archives whose names precede a reference. */
const RUSSIAN_ARCHIVE = /АВП РФ|АВПРФ|РГАНИ|ГАРФ|AVP RF|AVPRF|RGANI|GARF/u
const LATIN_TO_CYRILLIC: Record<string, string> = { p: 'п', d: 'д', l: 'л' }
/** A South Korean Foreign Ministry classification or registration number. */
const ROK = /(?:분류\s*번호|등록\s*번호)\s*[:：]?\s*[^\n]{1,40}/u

export interface PageReference {
  reference: string
  repository_id: string | null
}

const withRepository = (reference: string): PageReference => ({ reference, repository_id: detectReferenceScheme(reference).repository_id ?? null })

/**
 * The archival reference written or stamped on a page, as OCR read it, written the way the
 * reference parser reads it (`106-00828-01`, `ф. 0102, оп. 12, п. 68, д. 3`), with the
 * repository its shape or the archive's name before it names.
 */
export function referenceOnPage(text: string): PageReference | undefined {
  const normalized = normalizeReferenceText(text)
  const russian = RUSSIAN.exec(normalized)
  if (russian) {
    const parts = [...(russian[3] ?? '').matchAll(RUSSIAN_PART)].map(([, label, value]) => `${LATIN_TO_CYRILLIC[label!] ?? label}. ${value!.trim()}`)
    const archive = RUSSIAN_ARCHIVE.exec(normalized.slice(Math.max(0, russian.index - 20), russian.index))?.[0]
    return withRepository([...(archive ? [archive] : []), `ф. ${russian[1]}`, `оп. ${russian[2]}`, ...parts].join(', '))
  }
  const embedded = findEmbeddedReference(text)
  if (embedded) return { reference: embedded.reference, repository_id: embedded.repository_id ?? null }
  const prc = PRC_FMA_NUMBER.exec(normalized)
  if (prc) return withRepository(`${prc[1]}-${prc[2]}-${prc[3]}`)
  const rok = ROK.exec(normalized)
  return rok ? withRepository(rok[0].trim()) : undefined
}
