import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { citeFinding } from '../citation'
import type { ExportEntity } from '../cslNames'
import { CITATION, REPOSITORIES, RESOURCES_DIR } from '../fixtures/context'
import { ARCHIVAL_DOCUMENTS } from '../fixtures/archivalDocuments'
import { EXPECTED_CITATIONS } from './expectedNotes'

const ENTITIES = JSON.parse(readFileSync(join(RESOURCES_DIR, 'seed', 'entities.json'), 'utf8')) as ExportEntity[]
const context = {
  repositories: new Map(REPOSITORIES.map((r) => [r.id, r])),
  entities: new Map(ENTITIES.map((e) => [e.id, e])),
}

describe('the Chicago and Wilson Center notes of twenty archival documents, as a historian writes them', () => {
  it('has one expectation per document', () => expect(EXPECTED_CITATIONS).toHaveLength(ARCHIVAL_DOCUMENTS.length))

  ARCHIVAL_DOCUMENTS.forEach((finding, index) => {
    it(`document ${index + 1}: ${finding.title_or_description}`, () => {
      const cited = citeFinding(finding, context, CITATION)
      const expected = EXPECTED_CITATIONS[index]!
      expect({ note: cited.note, short: cited.short_note, bibliography: cited.bibliography }).toEqual(expected)
    })
  })
})
