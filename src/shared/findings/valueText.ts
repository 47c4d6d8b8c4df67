import type { z } from 'zod'
import { FindingFieldsObject } from '../model/finding'
import type { AgentRef, ClaimLink, PublishedTranslation } from '../model/findingParts'
import type { PageRegion } from '../model/pages'
import { humanize, languageName, rightLabel } from './fieldLabels'

type Shape = typeof FindingFieldsObject.shape

/** True when a field holds a key of a controlled vocabulary (document type, confidence, …). */
function isVocabulary(field: string): boolean {
  let schema = FindingFieldsObject.shape[field as keyof Shape] as z.ZodType | undefined
  while (schema && (schema.def.type === 'optional' || schema.def.type === 'default')) {
    schema = (schema.def as unknown as { innerType: z.ZodType }).innerType
  }
  return schema?.def.type === 'enum'
}

/** Names of linked records (entities, events) by id, where the caller knows them. */
export type LinkNames = (id: string) => string | undefined

const agentText = (agent: AgentRef, names: LinkNames) =>
  [agent.name ?? (agent.entity_id && (names(agent.entity_id) ?? agent.entity_id)), agent.role && `(${agent.role})`].filter(Boolean).join(' ')

function claimText(link: ClaimLink): string {
  const target = link.essay_paragraph_id ?? link.essay_section ?? `a passage of ${link.passage?.paragraph_id ?? 'the essay'}`
  const quote = link.passage?.quote?.exact ? ` “${link.passage.quote.exact}”` : ''
  return `${humanize(link.stance)}: ${target}${quote}${link.note ? ` (${link.note})` : ''}`
}

function regionText(region: PageRegion): string {
  const text = region.field === 'transcription' ? 'the transcription' : 'the translation'
  return `A region of a page linked to ${text}: “${region.quote.exact}”${region.origin === 'ocr' ? ' (a line read by OCR)' : ''}`
}

/**
 * A finding field's value (or one element of a list field) as plain text for people: stored
 * keys in words, languages by name, people and links spelled out (by `names` where known);
 * `(empty)` for nothing.
 */
export function fieldValueText(field: string, value: unknown, names: LinkNames = () => undefined): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '(empty)'
  if (Array.isArray(value)) return value.map((item) => fieldValueText(field, item, names)).join('; ')
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'string') {
    if (field === 'original_language') return `${languageName(value)} (${value})`
    if (field === 'rights') return rightLabel(value)
    if (field === 'entities' || field === 'events') return names(value) ?? value
    return isVocabulary(field) ? humanize(value) : value
  }
  if (field === 'claim_links') return claimText(value as ClaimLink)
  if (field === 'attachments') return (value as { name: string }).name
  if (field === 'page_positions') return `${(value as { name: string }).name} moved to another place among the pages`
  if (field === 'regions') return regionText(value as PageRegion)
  if (field === 'creators' || field === 'recipients' || field === 'participants') return agentText(value as AgentRef, names)
  if (field === 'published_translation') {
    const p = value as PublishedTranslation
    return [p.repository, p.record_id, p.translator, ...p.url].filter(Boolean).join(' · ')
  }
  return JSON.stringify(value)
}
