import type { RomanizationSystem } from './systems'

/** One romanized form of a name or text. */
export interface RomanizedForm {
  /** An engine system, or for a form recorded in the entity table its scheme (`dprk-official`). */
  system: RomanizationSystem | (string & {})
  value: string
  /**
   * Set on a conventional variant of the system's main form (`spaced`, `joined`, `unhyphenated`,
   * `family-name`...); absent on the main form, which comes first for its system.
   */
  variant?: string
}

/** Adds a form unless the same system already has the same value. */
export function pushForm(forms: RomanizedForm[], form: RomanizedForm): void {
  if (form.value.trim() === '') return
  if (!forms.some((f) => f.value === form.value && f.system === form.system)) forms.push(form)
}

/** `P'yŏngyang` -> `P'yongyang`: Latin letters without their diacritics. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')
}

/** Joins romanized pieces, with a space only where neither side already has one. */
export function joinPieces(pieces: readonly string[]): string {
  let out = ''
  for (const piece of pieces) {
    if (piece === '') continue
    const needsSpace = out !== '' && !/[\s([«"“‘-]$/.test(out) && !/^[\s,.;:!?)\]»"”’-]/.test(piece)
    out += needsSpace ? ` ${piece}` : piece
  }
  return out.replace(/\s+/g, ' ').trim()
}

/** Full-width and CJK punctuation to what a Latin title uses. */
const PUNCTUATION: Record<string, string> = {
  '，': ', ', '、': ', ', '。': '. ', '：': ': ', '；': '; ', '！': '! ', '？': '? ', '（': ' (', '）': ') ',
  '《': ' "', '》': '" ', '〈': ' "', '〉': '" ', '「': ' "', '」': '" ', '『': ' "', '』': '" ', '“': ' "',
  '”': '" ', '·': ' ', '・': ' ', '…': '...', '—': '-', '－': '-', '　': ' ', '【': ' [', '】': '] ',
}

export function latinPunctuation(text: string): string {
  let out = ''
  for (const c of text) out += PUNCTUATION[c] ?? c
  return out
}
