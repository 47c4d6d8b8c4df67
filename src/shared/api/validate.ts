import type { z } from 'zod'
import { AppError } from './errors'

/**
 * Turns a schema failure into one `input.invalid` error naming the first field at fault,
 * e.g. `settings.set: sidebarWidth: Too small: expected number to be >=160`.
 */
export function inputError(method: string, error: z.ZodError): AppError {
  const issue = error.issues[0]
  if (!issue) return new AppError('input.invalid', `${method}: invalid input`)
  const field = issue.path.map(String).join('.')
  const where = field === '' ? 'input' : field
  return new AppError('input.invalid', `${method}: ${where}: ${issue.message}`, field || undefined)
}
