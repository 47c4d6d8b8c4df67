/**
 * A finding's fields as people name them, for history, restore messages and the CLI. Stored
 * names (snake_case) never reach the screen. The i18n catalogue (issue 14) will take these over.
 */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  repository_id: 'Repository',
  reference_raw: 'Reference as written',
  reference_unknown_reason: 'Why the reference is unknown',
  pages: 'Pages',
  doc_date_as_written: 'Date as written',
  doc_date: 'Date (EDTF)',
  doc_date_certainty: 'Date certainty',
  title_or_description: 'Title or description (English)',
  title_original: 'Original title',
  title_romanized: 'Romanized title',
  romanization_scheme: 'Romanization scheme',
  doc_type: 'Document type',
  original_language: 'Original language',
  classification_original: 'Classification marking as printed',
  classification_level: 'Classification level',
  precedence: 'Precedence',
  creators: 'Creators',
  recipients: 'Recipients',
  participants: 'Participants',
  entities: 'People, places and institutions',
  events: 'Events',
  essay_sections: 'Essay sections',
  claim_links: 'Claims about the essay',
  transcription: 'Transcription',
  transcription_status: 'Transcription status',
  translation_en: 'Translation (English)',
  translation_machine_assisted: 'Translation is machine-assisted',
  summary_en: 'Summary in your words (English)',
  tags: 'Tags',
  confidence: 'Confidence',
  copy_type: 'Copy type',
  provenance_note: 'Provenance note',
  supplied_by: 'Supplied by',
  viewed_on: 'Viewed on',
  access_status_at_viewing: 'Access when viewed',
  access_status_current: 'Access now',
  access_status_as_of: 'Access now, as of',
  rights: 'Rights',
  published_translation: 'Published translation',
  published_in: 'Published in',
  citation_style: 'Citation style',
  citation_note: 'Note for publication',
  attachments: 'Pages (photos and scans)',
  page_positions: 'Order of the pages',
  regions: 'Page regions linked to the text',
}

/** Keys whose words are not the key's own. */
const WORDS: Readonly<Record<string, string>> = { ocr: 'Read by OCR, not yet checked' }

/** `record_of_conversation` → `Record of conversation`: a stored key in words. */
export function humanize(key: string): string {
  if (Object.hasOwn(WORDS, key)) return WORDS[key]!
  const words = key.replace(/[_-]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The label of a finding field, e.g. `summary_en` → `Summary in your words (English)`. */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? humanize(field)
}

/**
 * A rule or schema message about a field in words: `copy_type is colleague_copy` becomes
 * `copy type is “Colleague copy”`, and the message is put after the field's label.
 */
export function describeFieldIssue(field: string, message: string): string {
  const words = message.replace(/\b([a-z]+(?:_[a-z]+)+) is ([a-z]+(?:_[a-z]+)*)\b/g, (_all, key: string, value: string) =>
    `${fieldLabel(key).toLowerCase()} is “${humanize(value)}”`,
  )
  return `${fieldLabel(field)} ${words}`
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  'zh-Hans': 'Chinese (simplified)',
  'zh-Hant': 'Chinese (traditional)',
  zh: 'Chinese',
  ko: 'Korean',
  'ko-Kore': 'Korean (mixed script)',
  'ko-KP': 'Korean (DPRK)',
  'ko-KR': 'Korean (ROK)',
  ru: 'Russian',
  ja: 'Japanese',
}

/** A language tag as a name, keeping the tag when it is not one of the usual ones. */
export function languageName(tag: string): string {
  return LANGUAGE_NAMES[tag] ?? tag
}

const RIGHT_LABELS: Record<string, string> = {
  no_photography: 'No photography',
  quote_permission_required: 'Permission needed to quote',
  do_not_share: 'Do not share (stays on this device)',
}

/** A rights flag in words, e.g. `embargo_until:2030-01-01` → `Embargoed until 2030-01-01`. */
export function rightLabel(flag: string): string {
  return flag.startsWith('embargo_until:') ? `Embargoed until ${flag.slice('embargo_until:'.length)}` : (RIGHT_LABELS[flag] ?? flag)
}
