import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/api/errors'
import { newRecordId, prepareFinding } from './prepareFinding'

/** S2 as typed by researcher B (fixture): only the date as written, no level. */
const s2 = {
  repository_id: 'avprf',
  reference_raw: 'АВП РФ, ф. 0102, оп. 12, п. 68, д. 5, л. 201–203',
  doc_date_as_written: '22.IX.56',
  title_or_description: 'Journal of the Soviet ambassador, entry for 22 September 1956',
  doc_type: 'diary_journal',
  original_language: 'ru',
  classification_original: 'Совершенно секретно',
  transcription: '22.IX.56. Беседовал с т. Ким Ир Сеном.',
  transcription_status: 'partial_verbatim',
  summary_en: 'Kim says those who fled to Andong will be readmitted to the party but not to the CC.',
  confidence: 'probable',
  copy_type: 'secondary_quotation',
}

function errorOf(run: () => unknown): AppError {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError')
}

describe('prepareFinding', () => {
  it('derives the date, certainty, level and reference key of S2', () => {
    const prepared = prepareFinding(s2)
    expect(prepared.draft).toMatchObject({
      doc_date: '1956-09-22',
      doc_date_certainty: 'inferred',
      doc_date_as_written: '22.IX.56',
      classification_level: 'top_secret',
      reference_raw: s2.reference_raw,
    })
    expect(prepared.doc_date_precision).toBe('day')
    expect(prepared.reference).toMatchObject({ reference_key: 'avprf|f0102|op12|p68|d5', pages: '201-203' })
  })

  it('keeps what the user typed over what it would derive', () => {
    const prepared = prepareFinding({
      ...s2,
      doc_date: '1956-09',
      doc_date_certainty: 'exact',
      classification_level: 'secret',
    })
    expect(prepared.draft).toMatchObject({
      doc_date: '1956-09',
      doc_date_certainty: 'exact',
      classification_level: 'secret',
    })
    expect(prepared.doc_date_precision).toBe('month')
  })

  it('blocks a Juche date whose bracketed year disagrees, naming the field', () => {
    const error = errorOf(() => prepareFinding({ ...s2, doc_date_as_written: '주체47(1959)년 11월' }))
    expect(error.toJSON()).toEqual({
      code: 'input.invalid',
      message:
        'doc_date_as_written: Juche year 47 is 1958 (Juche + 1911), but the bracket says 1959; check the date',
      field: 'doc_date_as_written',
      refusal: { reason: 'date.jucheMismatch', values: { juche: '47', year: 1958, bracket: '1959' } },
    })
  })

  it('rejects an impossible EDTF date and a missing date with the field named', () => {
    expect(errorOf(() => prepareFinding({ ...s2, doc_date: '1956-02-30' })).field).toBe('doc_date')
    const { doc_date_as_written: _, ...undated } = s2
    expect(errorOf(() => prepareFinding(undated)).message).toBe(
      'doc_date: give an EDTF date or doc_date_as_written',
    )
  })

  it('reports schema failures as input.invalid on the first bad field', () => {
    const error = errorOf(() => prepareFinding({ ...s2, copy_type: 'colleague_copy' }))
    expect(error.toJSON()).toEqual({
      code: 'input.invalid',
      message: 'findings.create: provenance_note: Say where the copy came from when the copy is “Copy from a colleague”.',
      field: 'provenance_note',
    })
    expect(errorOf(() => prepareFinding([])).message).toBe('findings.create: a finding must be a JSON object')
  })

  it('makes UUIDv7 ids in creation order', () => {
    const [a, b] = [newRecordId(), newRecordId()]
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/)
    expect(a < b).toBe(true)
  })
})
