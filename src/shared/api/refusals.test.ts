import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { catalogues } from '../i18n/messages'
import { REFUSAL_REASONS } from './errors'
import { inputError } from './validate'

const NOTE = z.strictObject({ eventId: z.string(), note: z.string().trim().min(1, 'must not be empty').max(5000), kind: z.enum(['a', 'b']).optional() })
const refusalOf = (input: unknown) => {
  const parsed = NOTE.safeParse(input)
  if (parsed.success) throw new Error('the input was accepted')
  return inputError('events.annotate', parsed.error).toJSON()
}

describe('refusals in words', () => {
  it('give the usual schema problems a reason the catalogues translate, keeping the English message', () => {
    expect(refusalOf({ eventId: 'x', note: '   ' })).toEqual({
      code: 'input.invalid',
      message: 'events.annotate: note: must not be empty',
      field: 'note',
      refusal: { reason: 'input.blank' },
    })
    expect(refusalOf({ eventId: 'x', note: 'a'.repeat(5001) }).refusal).toEqual({ reason: 'input.tooLong', values: { max: 5000 } })
    expect(refusalOf({ note: 'n' }).refusal).toEqual({ reason: 'input.missing' })
    expect(refusalOf({ eventId: 'x', note: 'n', kind: 'c' }).refusal).toEqual({ reason: 'input.notAChoice' })
  })

  it('have words in every language for every reason', () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      for (const reason of REFUSAL_REASONS) expect(Object.hasOwn(messages, `refusal.${reason}`), `${locale} refusal.${reason}`).toBe(true)
    }
  })
})
