import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { validateEdtf } from '../findings/date'
import { english } from '../i18n/english'
import { catalogues } from '../i18n/messages'
import { refusalText } from '../i18n/refusalText'
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

  it('put a date check and a field in words, not in the check’s English or the field’s stored name', () => {
    const checked = validateEdtf('1956-02-30')
    if (checked.ok) throw new Error('30 February was accepted')
    expect(refusalText(checked.refusal, english, (f) => f)).toBe('1956-02-30: that month has 29 days, not 30.')
    const field = refusalText({ reason: 'history.notThisField', values: { field: 'doc_date' } }, english, (f) => (f === 'doc_date' ? "the document's date" : f))
    expect(field).toBe("That change did not touch the document's date.")
  })
})
