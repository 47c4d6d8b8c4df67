import { isAppError, type AppError, type ErrorCode, type Refusal } from '../../../shared/api/errors'
import { en } from '../../../shared/i18n/messages/en'
import type { MessageId } from '../../../shared/i18n/messageIds'
import { refusalText as inWords } from '../../../shared/i18n/refusalText'
import { createLabels } from '../../../shared/vocabulary'
import { currentLocale, translate } from '.'

/** Codes whose core message carries the specifics (which field, which file, what is wrong). */
const SPECIFIC: readonly ErrorCode[] = [
  'input.invalid',
  'record.duplicate',
  'reference.unknown',
  'date.invalid',
  'date.end_before_start',
  'backup.invalid',
  'sync.invalid_file',
  'sync.unsupported_version',
  'attachment.unsupported_type',
  'internal',
]

/**
 * A core message made readable: no method prefix (`findings.create: `), and every field named
 * in words ("the document's date"), never as its stored snake_case name.
 */
export function readableCoreMessage(message: string, field?: string): string {
  const labels = createLabels(translate, currentLocale())
  let text = message.replace(/^[a-z]+\.[A-Za-z]+: /, '')
  if (field && text.startsWith(`${field}: `)) text = translate('error.field', { field: labels.field(field.split('.')[0]!), message: text.slice(field.length + 2) })
  return text.replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (token) => (Object.hasOwn(en, `fieldName.${token}`) ? labels.fieldName(token) : token))
}

/** A refusal in the interface language, when the catalogue has words for it (a field's name is put in words). */
export function refusalInWords(refusal: Refusal | undefined): string | undefined {
  // A reason from a newer library's core has no words here yet: its English message is shown instead.
  if (!refusal || !Object.hasOwn(en, `refusal.${refusal.reason}`)) return undefined
  return inWords(refusal, translate, createLabels(translate, currentLocale()).fieldName)
}

/** A refusal in words, after the field's label when it has one. */
function refusalText(error: AppError): string | undefined {
  const message = refusalInWords(error.refusal)
  if (!message) return undefined
  const field = error.field?.split('.')[0]
  if (!field || !error.refusal?.reason.startsWith('input.') || !Object.hasOwn(en, `field.${field}`)) return message
  return translate('error.field', { field: createLabels(translate, currentLocale()).field(field), message })
}

/**
 * What went wrong, in the interface language: the refusal's catalogue words, else the catalogue's
 * words for a code, else the core's message made readable.
 */
export function errorText(error: unknown): string {
  if (isAppError(error)) {
    const refused = refusalText(error)
    if (refused) return refused
    const id = `error.${error.code}`
    if (!SPECIFIC.includes(error.code) && Object.hasOwn(en, id)) return translate(id as MessageId)
    return readableCoreMessage(error.message, error.field)
  }
  if (error instanceof TypeError && /fetch/i.test(error.message)) return translate('error.network')
  return error instanceof Error ? error.message : String(error)
}
