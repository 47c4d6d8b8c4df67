import { afterAll, describe, expect, it } from 'vitest'
import type { SearchResults } from '../../shared/api/contract/search'
import { ocrDraft } from '../../shared/findings/ocr/ocrDraft'
import type { Finding } from '../../shared/model/finding'
import { laptop, SCENARIO_FINDINGS } from '../sync/testing/laptop'

/** A real one-pixel PNG: the smallest page a finding can have. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

describe('search over pages and their OCR text', () => {
  const a = laptop()
  afterAll(() => a.dispose())
  const ids = async (query: string) =>
    (await a.call<SearchResults>('search.query', { query, types: ['finding'] })).hits.map((hit) => hit.id)

  it('finds a finding by a word OCR read on its page (with the usual folding) and by the page file name', async () => {
    const page = await a.call<{ sha256: string }>('attachments.store', { name: 'IMG_2041.jpg', data_base64: PNG })
    const { transcription: _t, transcription_status: _s, ...fields } = SCENARIO_FINDINGS[2]!
    const created = await a.call<Finding>('findings.create', {
      ...fields,
      summary_en: 'A cable read from a photograph.',
      attachments: [{ sha256: page.sha256, name: 'IMG_2041.jpg' }],
    })
    expect(await ids('Хрущёву')).not.toContain(created.id)

    // What the viewer's OCR run saves: the page's lines as a transcription marked OCR, one region a line.
    const draft = ocrDraft(page.sha256, [
      { text: 'Товарищу Хрущёву', bbox: { x: 10, y: 10, w: 400, h: 30 } },
      { text: 'Шифротелеграмма из Пхеньяна', bbox: { x: 10, y: 50, w: 500, h: 30 } },
    ])
    await a.call('findings.update', { id: created.id, transcription: draft.transcription, transcription_status: 'ocr', regions: draft.regions })

    expect(await ids('Хрущёву')).toContain(created.id)
    expect(await ids('хрущеву')).toContain(created.id)
    expect(await ids('шифротелеграмма пхеньяна')).toContain(created.id)
    expect(await ids('IMG_2041')).toEqual([created.id])
  })
})
