import type { Translate } from '../../../../shared/i18n/messageIds'
import type { Labels } from '../../../../shared/vocabulary'

/** One change of the sync log in words: "Summary: …", "added “purge” to the tags". */
export function describeChange(change: unknown, t: Translate, labels: Labels): string {
  const c = change as { type?: string; values?: Record<string, unknown>; field?: string; element?: unknown }
  const empty = t('common.empty')
  if (c?.type === 'set' && c.values) {
    return Object.entries(c.values)
      .map(([field, value]) => t('error.field', { field: labels.field(field), message: labels.fieldValue(field, value, empty) }))
      .join('; ')
  }
  const field = c?.field ?? ''
  if (c?.type === 'add') return t('sync.change.added', { value: labels.fieldValue(field, c.element, empty), field: labels.fieldName(field) })
  if (c?.type === 'remove') return t('sync.change.removed', { value: labels.fieldValue(field, c.element, empty), field: labels.fieldName(field) })
  if (c?.type === 'restore') return t('sync.change.restored')
  return t('sync.change.other')
}
