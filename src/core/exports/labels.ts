import type { CopyType, DocType } from '../../shared/model/findingVocab'

/** `doc_type` in words, as CSL `genre` (Zotero "Type"): lowercase, since Chicago does not quote descriptors. */
export const DOC_TYPE_LABELS: Readonly<Record<DocType, string>> = {
  record_of_conversation: 'record of conversation',
  cable: 'cable',
  report: 'report',
  request_for_instructions: 'request for instructions',
  instruction: 'instruction',
  diplomatic_note: 'diplomatic note',
  memorandum: 'memorandum',
  minutes: 'minutes',
  diary_journal: 'diary entry',
  resolution_decision: 'resolution',
  letter: 'letter',
  treaty_agreement: 'treaty',
  intelligence_report: 'intelligence report',
  press_article: 'article',
  speech: 'speech',
  mass_publication: 'leaflet',
  other: 'document',
}

/**
 * `copy_type` in words, as CSL `medium` (§5.2). An original seen in the reading room has no
 * medium to state, so it has no label.
 */
export const COPY_TYPE_MEDIUM: Readonly<Record<CopyType, string | undefined>> = {
  original_viewed: undefined,
  archive_photocopy: 'photocopy',
  own_photograph: 'photograph',
  microfilm: 'microfilm',
  official_digital_scan: 'digital scan',
  published_translation: 'published translation',
  published_document_collection: 'published document collection',
  colleague_transcription: 'typed transcription supplied by a colleague',
  colleague_copy: 'copy supplied by a colleague',
  secondary_quotation: 'quoted in a secondary source',
}

/** Copies through which the researcher saw the original document itself (or an official image of it). */
export const ORIGINAL_SEEN: readonly CopyType[] = [
  'original_viewed',
  'archive_photocopy',
  'own_photograph',
  'microfilm',
  'official_digital_scan',
]

/** Finds the vocabulary key whose label is `label` (case-insensitive), for imports. */
export function keyOfLabel<K extends string>(
  labels: Readonly<Record<K, string | undefined>>,
  label: string,
): K | undefined {
  const wanted = label.trim().toLowerCase()
  return (Object.keys(labels) as K[]).find((key) => labels[key]?.toLowerCase() === wanted || key === wanted)
}
