import type { Refusal } from '../api/errors'
import type { MessageId, MessageParams, Translate } from './messageIds'

/**
 * A refusal in the language of `t`: its catalogue sentence (`refusal.<reason>`) with its values,
 * a field's name put in words by `fieldName` (never its stored snake_case name).
 */
export function refusalText(refusal: Refusal, t: Translate, fieldName: (field: string) => string): string {
  const values: MessageParams = { ...refusal.values }
  if (typeof values.field === 'string') values.field = fieldName(values.field)
  return t(`refusal.${refusal.reason}` satisfies MessageId, values)
}
