import type { z } from 'zod'
import { AppError, type Refusal } from './errors'

/** The refusal a schema issue means, in catalogue terms, when it is one of the usual ones. */
function refusalOf(issue: z.core.$ZodIssue): Refusal | undefined {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1 ? { reason: 'input.blank' } : undefined
    case 'too_big':
      return issue.origin === 'string' ? { reason: 'input.tooLong', values: { max: Number(issue.maximum) } } : undefined
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? { reason: 'input.missing' } : undefined
    case 'invalid_value':
      return { reason: 'input.notAChoice' }
    case 'invalid_format':
      return { reason: 'input.badFormat' }
    case 'custom':
      return /must not be (blank|empty)/.test(issue.message) ? { reason: 'input.blank' } : undefined
    default:
      return undefined
  }
}

/**
 * Turns a schema failure into one `input.invalid` error naming the first field at fault,
 * e.g. `settings.set: sidebarWidth: Too small: expected number to be >=160`, with the refusal in
 * catalogue terms when the issue is a usual one (blank, too long, missing, not a choice).
 */
export function inputError(method: string, error: z.ZodError): AppError {
  const issue = error.issues[0]
  if (!issue) return new AppError('input.invalid', `${method}: invalid input`)
  const field = issue.path.map(String).join('.')
  const where = field === '' ? 'input' : field
  return new AppError('input.invalid', `${method}: ${where}: ${issue.message}`, field || undefined, refusalOf(issue))
}
