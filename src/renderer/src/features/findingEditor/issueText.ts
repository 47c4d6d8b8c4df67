import type { Translate } from '../../../../shared/i18n/messageIds'
import { refusalText } from '../../../../shared/i18n/refusalText'
import type { FindingIssue } from '../../../../shared/model/findingIssues'
import type { Labels } from '../../../../shared/vocabulary'

/** A finding issue in words, for beside its field and in the summary: never a code list or a schema message. */
export function issueText(issue: FindingIssue, t: Translate, labels: Labels): string {
  const parts = issue.path.split('.')
  const field = labels.fieldName(parts[0]!)
  const n = Number(parts[1] ?? 0) + 1
  const params = issue.params ?? {}
  switch (issue.kind) {
    case 'rule':
      return t(`rule.${issue.rule ?? 'referenceUnknown'}`, { copyType: params.copyType ? labels.vocab('copyType', params.copyType) : '' })
    case 'required':
      return t('validation.required', { field })
    case 'choose':
      return t('validation.choose', { field })
    case 'tooLong':
      return t('validation.tooLong', { field, max: params.max ?? 0 })
    case 'tooMany':
      return t('validation.tooMany', { field, max: params.max ?? 0 })
    case 'calendarDay':
      return t('validation.calendarDay', { field })
    case 'date':
      return t('validation.date')
    case 'edtf':
      return issue.refusal ? refusalText(issue.refusal, t, labels.fieldName) : t('validation.edtf', { detail: params.detail ?? '' })
    case 'asWritten':
      return issue.refusal ? refusalText(issue.refusal, t, labels.fieldName) : t('validation.asWritten', { detail: params.detail ?? '' })
    case 'claimTarget':
      return t('validation.claimTarget', { n })
    case 'claimStance':
      return t('validation.claimStance', { n })
    case 'claim':
      return t('validation.claim', { n })
    case 'agent':
      return t('validation.agent')
    default:
      return t('validation.invalid', { field })
  }
}
