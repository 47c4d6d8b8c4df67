import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openTempLibrary, TEST_RESOURCES_DIR } from '../testing/tempLibrary'

const [scenario] = JSON.parse(readFileSync(join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'), 'utf8')) as Record<string, unknown>[]

describe('export.cite in a real library', () => {
  const library = openTempLibrary()
  afterAll(() => library.dispose())

  it('names a letter’s writer and recipient, typed in hangul and hanzi only, by the entity table’s preferred forms', async () => {
    const letter = { ...scenario, doc_type: 'letter', participants: [], creators: [{ name_original: '최용건' }], recipients: [{ name: '彭德怀' }] }
    const created = await library.dispatch('findings.create', letter)
    if (!created.ok) throw new Error(created.error.message)
    const cited = await library.dispatch('export.cite', { id: (created.value as { id: string }).id })
    if (!cited.ok) throw new Error(cited.error.message)
    const { note, short_note } = cited.value as { note: string; short_note: string }
    expect(note).toMatch(/^Choe Yong-gon to Peng Dehuai, /)
    expect(short_note).toMatch(/^Choe to Peng, /)
  })

  it('re-imports its own biblatex export as new findings in another library, titles in every script kept', async () => {
    const original = { ...scenario, title_original: 'Дневник временного поверенного', title_romanized: 'Dnevnik vremennogo poverennogo', romanization_scheme: 'ala-lc-russian', original_language: 'ru' }
    const created = await library.dispatch('findings.create', original)
    if (!created.ok) throw new Error(created.error.message)
    const exported = await library.dispatch('export.run', { format: 'biblatex' })
    if (!exported.ok) throw new Error(exported.error.message)
    const fresh = openTempLibrary()
    try {
      const imported = await fresh.dispatch('export.importRefs', { text: (exported.value as { content: string }).content, format: 'bibtex', dry_run: false })
      if (!imported.ok) throw new Error(imported.error.message)
      expect((imported.value as { created: number }).created).toBe(2)
      const ids = (imported.value as { ids: string[] }).ids
      const found = await Promise.all(ids.map((id) => fresh.dispatch('findings.get', { id })))
      const titles = JSON.stringify(found.map((result) => (result.ok ? result.value : result.error)))
      expect(titles).toContain('Дневник временного поверенного')
      expect(titles).toContain('Dnevnik vremennogo poverennogo')
    } finally {
      await fresh.dispose()
    }
  })
})
