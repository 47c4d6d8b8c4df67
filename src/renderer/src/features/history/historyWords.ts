import type { Translate } from '../../../../shared/i18n/messageIds'
import { formatEdtf, formatInstant } from '../../../../shared/i18n/format'
import type { AgentRef, ClaimLink, PublishedTranslation } from '../../../../shared/model/findingParts'
import type { HistoryChange, HistoryDevice, RecordEntry, ValueEntry } from '../../../../shared/model/history'
import type { Labels } from '../../../../shared/vocabulary'

/** What the words of a history need: the language's translate function, its labels and locale. */
export interface Words {
  t: Translate
  labels: Labels
  locale: string
}

/** Names of linked records (entities, events) by id, where the caller knows them. */
export type LinkNames = (id: string) => string | undefined

/** A moment in the reader's own language and time zone, e.g. "5 Dec 2026, 19:17". */
export function formatWhen(iso: string, locale: string): string {
  return formatInstant(iso, locale)
}

/** Who made a change, for people: "this laptop", a colleague's name, or "an unnamed laptop (1)". */
export function deviceText(device: HistoryDevice, t: Translate): string {
  if (device.this_device) return t('sync.thisLaptop')
  if (device.named) return device.name
  return t('history.unnamedLaptop', { n: Number(/\((\d+)\)$/.exec(device.name)?.[1] ?? 1) })
}

/** "this laptop, 5 Dec 2026, 19:17". */
export function changeText(change: HistoryChange, { t, locale }: Words): string {
  return t('sync.side', { device: deviceText(change.device, t), time: formatWhen(change.at, locale) })
}

/** The short word beside a value: what it is now. */
export function stateLabel(entry: ValueEntry, t: Translate): string {
  return t(`history.state.${entry.state}`)
}

/** What became of a value, in a sentence: "Replaced by Bo in Beijing, 5 Dec 2026, 19:20." */
export function fateText(entry: ValueEntry, words: Words): string | undefined {
  const { t } = words
  const by = entry.replaced_by ? changeText(entry.replaced_by, words) : ''
  switch (entry.state) {
    case 'current':
      return undefined
    case 'in_conflict':
      return t('history.fate.inConflict')
    case 'replaced':
      return t('history.fate.replaced', { by })
    case 'kept':
      return t('history.fate.kept', { by })
    case 'set_aside':
      return entry.set_aside_by === 'deletion' ? t('history.fate.setAsideByDeletion', { by }) : t('history.fate.setAside', { by })
  }
}

/** What a resolving change did: "Resolved a conflict: kept the value from this laptop; set aside the one from Bo in Beijing." */
export function resolutionText(resolved: NonNullable<ValueEntry['resolved']>, { t, locale }: Words): string {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' })
  const names = (changes: HistoryChange[]) => list.format(changes.map((change) => deviceText(change.device, t)))
  return resolved.kept.length > 0
    ? t('history.resolvedKept', { kept: names(resolved.kept), setAside: names(resolved.set_aside) })
    : t('history.resolvedNew', { setAside: names(resolved.set_aside) })
}

/** A line of the finding's own life: created, moved to the Trash, brought back. */
export function recordText(entry: RecordEntry, t: Translate): string {
  const action = t(`history.record.${entry.action}`)
  if (entry.concurrent_edits === 0) return action
  return t('history.recordWithEdits', {
    action,
    edits: t('history.edits', { count: entry.concurrent_edits }),
    outcome: t(`history.outcome.${entry.outcome ?? 'open'}`),
  })
}

/**
 * A finding field's value (or one element of a list field) in words: codes as labels, linked
 * records by name, people with their role, claims by their stance and quote; "(empty)" for nothing.
 */
export function valueText(field: string, value: unknown, names: LinkNames, { t, labels, locale }: Words): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('common.empty')
  if (Array.isArray(value)) return value.map((item) => valueText(field, item, names, { t, labels, locale })).join('; ')
  if (typeof value === 'string') {
    if (field === 'entities' || field === 'events' || field === 'repository_id') return names(value) ?? t('history.unknownRecord')
    if (field === 'doc_date') return formatEdtf(value, locale, t)
    return labels.fieldValue(field, value, t('common.empty'))
  }
  if (typeof value !== 'object') return labels.fieldValue(field, value, t('common.empty'))
  if (field === 'claim_links') {
    const link = value as ClaimLink
    const stance = labels.vocab('stance', link.stance)
    const quote = link.passage?.quote?.exact
    return quote ? t('history.claimQuote', { stance, quote }) : t('history.claim', { stance })
  }
  if (field === 'attachments') return (value as { name: string }).name
  if (field === 'creators' || field === 'recipients' || field === 'participants') {
    const agent = value as AgentRef
    const name = agent.name ?? (agent.entity_id && names(agent.entity_id)) ?? t('history.unknownRecord')
    return agent.role ? t('history.agentRole', { name, role: agent.role }) : name
  }
  if (field === 'published_translation') {
    const p = value as PublishedTranslation
    return [p.repository, p.record_id, p.translator, ...p.url].filter(Boolean).join(' · ')
  }
  return t('history.otherValue')
}
