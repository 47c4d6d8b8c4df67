import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createAnchor } from '../../shared/anchoring'
import type { ApiResult } from '../../shared/api/errors'
import type { EssayFindingCounts, EssayPassage } from '../../shared/model/findingCounts'
import { openTempLibrary, TEST_RESOURCES_DIR } from '../testing/tempLibrary'

const [s1, s2] = JSON.parse(readFileSync(join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

describe('essay.findingCounts and essay.findingPassages', () => {
  const library = openTempLibrary()
  afterAll(() => library.dispose())
  const call = (method: string, input: unknown) => library.dispatch(method, input)
  const passage = createAnchor('The alliance was never simple.', 4, 12, 'explaining-evolution-p5')
  const base = { ...s1, essay_sections: [], claim_links: [] }

  it('counts findings per section and paragraph by stance, each finding once per place', async () => {
    const tagged = { ...base, essay_sections: ['explaining-evolution'] }
    const qualifies = {
      ...base,
      claim_links: [
        { essay_section: 'explaining-evolution', stance: 'qualifies' },
        { essay_paragraph_id: 'explaining-evolution-p5', stance: 'qualifies' },
        { passage, stance: 'contradicts' },
      ],
    }
    const { ids } = value(await call('findings.createBatch', { findings: [tagged, qualifies, { ...qualifies }] })) as { ids: string[] }
    const deletedId = ids[2]
    value(await call('findings.delete', { ids: [deletedId] }))
    const counts = value(await call('essay.findingCounts', {})) as EssayFindingCounts
    expect(counts.sections['explaining-evolution']).toEqual({ total: 2, supports: 0, qualifies: 1, contradicts: 1, context: 0, tagged: 1 })
    expect(counts.paragraphs['explaining-evolution-p5']).toEqual({ total: 1, supports: 0, qualifies: 1, contradicts: 1, context: 0, tagged: 0 })
    expect(counts.paragraphs['security-effects-p2']).toBeUndefined()
  })

  it('lists the anchored passages of findings not in the Trash', async () => {
    const passages = value(await call('essay.findingPassages', {})) as EssayPassage[]
    expect(passages).toHaveLength(1)
    expect(passages[0]).toMatchObject({ paragraph_id: 'explaining-evolution-p5', stance: 'contradicts', anchor: passage })
  })
})

describe('findings.sameDocument', () => {
  const library = openTempLibrary()
  afterAll(() => library.dispose())
  const call = (method: string, input: unknown) => library.dispatch(method, input)

  it('finds the findings on the document a typed reference names, whatever its labels and dashes', async () => {
    const logged = value(await call('findings.create', s2!)) as { id: string; reference_key: string }
    const typed = 'AVPRF F. 0102, Op. 12, P. 68, Delo 5, Listy 201–203'
    const same = value(await call('findings.sameDocument', { repository_id: 'avprf', reference_raw: typed })) as {
      reference_key: string
      findings: { id: string }[]
    }
    expect(same.reference_key).toBe(logged.reference_key)
    expect(same.findings.map((f) => f.id)).toEqual([logged.id])
    const other = value(await call('findings.sameDocument', { repository_id: 'avprf', reference_raw: 'f. 0102, op. 12, p. 68, d. 6' })) as {
      findings: unknown[]
    }
    expect(other.findings).toEqual([])
  })
})
