import type { z } from 'zod'
import type { Refusal } from '../api/errors'
import { parseDateAsWritten, validateEdtf } from '../findings/date'
import { FindingFieldsObject, findingRuleIssues, type FindingRule } from './finding'

/** What kind of problem a field has; the UI words each kind from the catalogue (`validation.*`, `rule.*`). */
export type IssueKind =
  | 'required'
  | 'choose'
  | 'tooLong'
  | 'tooMany'
  | 'calendarDay'
  | 'date'
  | 'edtf'
  | 'asWritten'
  | 'invalid'
  | 'claimTarget'
  | 'claimStance'
  | 'claim'
  | 'agent'
  | 'rule'

export interface FindingIssue {
  /** Dotted path of the field: `doc_type`, `claim_links.0.stance`. */
  path: string
  kind: IssueKind
  rule?: FindingRule
  /** `max` for lengths, `detail` for a date parser's explanation, `copyType` for rules. */
  params?: { max?: number; detail?: string; copyType?: string }
  /** A date check's refusal, which the screen says in the reader's language (`detail` is its English). */
  refusal?: Refusal
}

type Loose = Record<string, unknown>
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined)

/** The date as the core derives it (a typed EDTF wins, else the date as written), or what is wrong with it. */
function checkDate(input: Loose): { input: Loose; issue?: FindingIssue } {
  const typed = text(input.doc_date)
  if (typed !== undefined) {
    const checked = validateEdtf(typed)
    if (!checked.ok) return { input, issue: { path: 'doc_date', kind: 'edtf', params: { detail: checked.message }, refusal: checked.refusal } }
    return { input: { ...input, doc_date_certainty: input.doc_date_certainty ?? checked.value.certainty } }
  }
  const asWritten = text(input.doc_date_as_written)
  if (asWritten === undefined) return { input, issue: { path: 'doc_date', kind: 'date' } }
  const parsed = parseDateAsWritten(asWritten)
  if (!parsed.ok) return { input, issue: { path: 'doc_date_as_written', kind: 'asWritten', params: { detail: parsed.message }, refusal: parsed.refusal } }
  return { input: { ...input, doc_date: parsed.value.edtf, doc_date_certainty: input.doc_date_certainty ?? parsed.value.certainty } }
}

/** One schema problem as a kind of issue, never as the schema's raw message. */
function kindOf(issue: z.core.$ZodIssue): FindingIssue {
  const path = issue.path.map(String).join('.')
  const claim = issue.path[0] === 'claim_links'
  if (claim && issue.path.length === 2) return { path, kind: 'claimTarget' }
  if (claim && issue.path[2] === 'stance') return { path, kind: 'claimStance' }
  if (issue.path[0] === 'creators' || issue.path[0] === 'recipients' || issue.path[0] === 'participants') return { path, kind: 'agent' }
  if (claim) return { path, kind: 'claim' }
  switch (issue.code) {
    case 'invalid_type':
      return { path, kind: issue.input === undefined ? 'required' : 'invalid' }
    case 'invalid_value':
      return { path, kind: 'choose' }
    case 'too_big':
      return { path, kind: issue.origin === 'array' ? 'tooMany' : 'tooLong', params: { max: Number(issue.maximum) } }
    case 'invalid_format':
      return { path, kind: 'choose' }
    default:
      if (issue.message === 'must not be blank') return { path, kind: 'required' }
      if (issue.message.includes('calendar date')) return { path, kind: 'calendarDay' }
      return { path, kind: 'invalid' }
  }
}

/** Fields whose value is picked from a list: a missing one is "choose", not "give". */
const CHOSEN = new Set(['repository_id', 'doc_type', 'original_language', 'confidence', 'copy_type', 'doc_date_certainty'])

/**
 * Every problem of a finding at once, as the core would judge it (the date derived the same
 * way, the schema, then the §3.2 rules of `findingRuleIssues`), one per field, so a form can
 * show them all beside their fields instead of one per save.
 */
export function findingIssues(raw: Loose): FindingIssue[] {
  const { input, issue: dateIssue } = checkDate(raw)
  const issues: FindingIssue[] = dateIssue ? [dateIssue] : []
  const parsed = FindingFieldsObject.safeParse(input)
  if (!parsed.success) {
    for (const found of parsed.error.issues) {
      const issue = kindOf(found)
      if (issue.kind === 'required' && CHOSEN.has(issue.path)) issue.kind = 'choose'
      issues.push(issue)
    }
  }
  for (const rule of findingRuleIssues(input as Parameters<typeof findingRuleIssues>[0])) {
    issues.push({ path: rule.field, kind: 'rule', rule: rule.rule, params: rule.params })
  }
  const seen = new Set<string>()
  // The date problem explains both date fields; a schema complaint about doc_date would only repeat it.
  if (dateIssue) seen.add('doc_date').add('doc_date_certainty')
  return issues.filter((issue) => issue === dateIssue || (!seen.has(issue.path) && seen.add(issue.path)))
}
