import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_REFERENCE_FILE_CHARS } from '../../shared/api/contract/exports'
import { MAX_ATTACHMENT_BYTES } from '../../shared/model/attachment'
import { MAX_DRAFT_CHARS } from '../../shared/model/draft'
import { TEXT_LIMITS } from '../../shared/model/findingParts'
import { openTempLibrary, TEST_RESOURCES_DIR } from '../testing/tempLibrary'

const [scenario] = JSON.parse(readFileSync(join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]
const over = (limit: number): string => 'x'.repeat(limit + 1)
const event = { date: '1958-02-15', title: 'Talks', kind: 'diplomatic' }

/**
 * Every free-text field a user or a file can fill has a limit in the contract; one character
 * (or one item, or one byte) over it is refused with input.invalid naming the field.
 * Sync files are bounded by SyncFileBytes (1.5 GB of base64) and, in the browser, by the
 * host's 16 MiB body limit (httpHost.test.ts); a string that large is not built here.
 */
describe('size limits', () => {
  const library = openTempLibrary()
  let findingId = ''
  beforeAll(async () => {
    const created = await library.dispatch('findings.create', scenario)
    if (!created.ok) throw new Error(created.error.message)
    findingId = (created.value as { id: string }).id
  })
  afterAll(() => library.dispose())

  const cases: [string, string, () => unknown, RegExp][] = [
    ['findings.create', 'title_or_description', () => ({ ...scenario, title_or_description: over(TEXT_LIMITS.title) }), /at most 2,000 characters/],
    ['findings.create', 'transcription', () => ({ ...scenario, transcription: over(TEXT_LIMITS.longText) }), /at most 1,000,000 characters/],
    ['findings.create', 'summary_en', () => ({ ...scenario, summary_en: over(TEXT_LIMITS.summary) }), /at most 100,000 characters/],
    ['findings.create', 'reference_raw', () => ({ ...scenario, reference_raw: over(TEXT_LIMITS.reference) }), /at most 1,000 characters/],
    ['findings.create', 'tags', () => ({ ...scenario, tags: Array.from({ length: TEXT_LIMITS.listItems + 1 }, (_, i) => `t${i}`) }), /at most 500 items/],
    ['findings.update', 'summary_en', () => ({ id: findingId, summary_en: over(TEXT_LIMITS.summary) }), /at most 100,000 characters/],
    ['findings.createBatch', 'findings', () => ({ findings: Array.from({ length: 10_001 }, () => ({})) }), /10000/],
    ['events.create', 'title', () => ({ ...event, title: over(300) }), /300/],
    ['events.create', 'summary', () => ({ ...event, summary: over(5000) }), /5000/],
    ['events.create', 'note', () => ({ ...event, note: over(5000) }), /5000/],
    ['events.annotate', 'note', () => ({ eventId: 'zhou-visit-pyongyang-1958', note: over(5000) }), /5000/],
    ['entities.addName', 'form', () => ({ entityId: 'kim-il-sung', form: over(200), lang: 'ko', script: 'Hang' }), /200/],
    ['entities.addName', 'note', () => ({ entityId: 'kim-il-sung', form: '金首相', lang: 'ko', script: 'Hani', note: over(2000) }), /2000/],
    ['drafts.save', 'form', () => ({ id: 'd', form: { transcription: over(MAX_DRAFT_CHARS) } }), /at most 2,500,000 characters/],
    ['attachments.add', 'data_base64', () => ({ finding_id: findingId, name: 'big.png', data_base64: 'A'.repeat((MAX_ATTACHMENT_BYTES / 3) * 4 + 4) }), /larger than the limit of 10 MB/],
    ['attachments.add', 'name', () => ({ finding_id: findingId, name: over(255), data_base64: 'AAAA' }), /255/],
    ['export.importRefs', 'text', () => ({ text: over(MAX_REFERENCE_FILE_CHARS), format: 'ris' }), /at most 12,000,000 characters/],
    ['sync.import', 'passphrase', () => ({ file_base64: 'AAAA', passphrase: over(1024) }), /1024/],
  ]

  it.each(cases)('%s refuses an oversized %s, naming the field and the limit', async (method, field, input, limit) => {
    const result = await library.dispatch(method, input())
    expect(result).toMatchObject({ ok: false, error: { code: 'input.invalid', field } })
    if (!result.ok) expect(result.error.message).toMatch(limit)
    if (!result.ok) expect(result.error.message).toContain(field)
  })
})
