import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import type { CslItem } from './cslItem'
import { runExport } from './runExport'
import { CSL_SCHEMA, REPOSITORIES, SECTIONS } from './fixtures/context'
import { ARCHIVAL_DOCUMENTS } from './fixtures/archivalDocuments'

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
const validateCsl = ajv.compile(CSL_SCHEMA)

const [rodong, renmin, mao] = [ARCHIVAL_DOCUMENTS[6]!, ARCHIVAL_DOCUMENTS[7]!, ARCHIVAL_DOCUMENTS[8]!]
const items = JSON.parse(
  runExport({ format: 'csl-json-strict', findings: ARCHIVAL_DOCUMENTS, repositories: REPOSITORIES, sections: SECTIONS }).content,
) as CslItem[]
const itemOf = (id: string) => items.find((item) => item.id === id)!

describe('published documents in CSL-JSON for Zotero (issue 12)', () => {
  it('validates against the CSL data schema', () => {
    expect(validateCsl(items), JSON.stringify(validateCsl.errors)).toBe(true)
  })

  it('types Rodong Sinmun and Renmin ribao as newspaper articles, in their paper, with their page', () => {
    expect(itemOf(rodong.id)).toMatchObject({ type: 'article-newspaper', 'container-title': 'Rodong Sinmun', page: '1', 'publisher-place': 'Pyongyang' })
    expect(itemOf(renmin.id)).toMatchObject({ type: 'article-newspaper', 'container-title': 'Renmin ribao', page: '2' })
    expect(itemOf(rodong.id).archive).toBeUndefined()
  })

  it('types an item of a published document collection as a chapter of the book, not an archive item', () => {
    expect(itemOf(mao.id)).toMatchObject({
      type: 'chapter',
      'container-title': 'Jianguo yilai Mao Zedong wengao',
      editor: [{ literal: 'Zhonggong zhongyang wenxian yanjiushi' }],
      volume: '6',
      publisher: 'Zhongyang wenxian chubanshe',
      'publisher-place': 'Beijing',
      page: '123-125',
    })
    expect(itemOf(mao.id).archive).toBeUndefined()
    expect(itemOf(mao.id).archive_location).toBeUndefined()
  })
})
