import { describe, expect, it } from 'vitest'
import { parseReference } from '../../shared/findings/reference'
import { referenceOnPage } from './pageReference'

describe('referenceOnPage', () => {
  it.each([
    ['档号 106-00828-01\n\n中华人民共和国外交部', '106-00828-01', 'prc-fma-archive'],
    ['#31; 106 00828-01\n关于', '106-00828-01', 'prc-fma-archive'],
    ['中. 0102, оп. 12, п. 68, д. 3\n\nПосле августовского', 'ф. 0102, оп. 12, п. 68, д. 3', null],
    ['Ф. 5, оп. 28, д. 412, лл. 17-19', 'ф. 5, оп. 28, д. 412, лл. 17-19', null],
    ['АВП РФ, ф. 0102, оп. 12, п. 68, д. 3.\nЗапись', 'АВП РФ, ф. 0102, оп. 12, п. 68, д. 3', 'avprf'],
  ])('reads %j', (text, reference, repository) => {
    expect(referenceOnPage(text)).toEqual({ reference, repository_id: repository })
  })

  it('finds nothing in plain text, nor in a date or a telephone number', () => {
    expect(referenceOnPage('Record of a conversation, 14 April 1958, tel. 555-1234')).toBeUndefined()
  })

  it('writes what it reads so that the parser keys both pages of one file alike', () => {
    const a = referenceOnPage('档号 106-00828-01')!
    const b = referenceOnPage('106 00828 01')!
    expect(parseReference(a.reference, a.repository_id ?? undefined).reference_key).toBe(parseReference(b.reference, b.repository_id ?? undefined).reference_key)
  })
})
