import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createNameLexicon, nameForms, romanizeName, suggestRomanizations, type LexiconEntity } from './index'
import { measureOracle, summarizeOracle } from './oracle'

const ENTITIES = JSON.parse(readFileSync(join(__dirname, '../../../resources/seed/entities.json'), 'utf8')) as LexiconEntity[]

describe('the entity table as an oracle', () => {
  it('the engine derives most recorded romanizations from native-script names alone', () => {
    const summary = summarizeOracle(measureOracle(ENTITIES))
    console.log(`romanization oracle: ${summary.exact}/${summary.total} exact, ${summary.folded}/${summary.total} ignoring case and marks`)
    // A floor against regressions, below the 133/186 measured when this was written (docs/romanization.md).
    expect(summary.total).toBeGreaterThan(150)
    expect(summary.exact / summary.total).toBeGreaterThan(0.68)
    expect(summary.folded / summary.total).toBeGreaterThan(0.72)
  })
})

describe('recorded names take precedence', () => {
  const lexicon = createNameLexicon(ENTITIES)

  it('puts the entity table’s forms first, preferred one first', () => {
    const forms = romanizeName('金日成', { lexicon })
    expect(forms[0]).toEqual({ system: 'dprk-official', value: 'Kim Il Sung', variant: 'recorded' })
    expect(forms.map((f) => f.value)).toEqual(expect.arrayContaining(['Chin Jih-ch\'eng', 'Jin Richeng']))
  })

  it('reads a known name by its entity type (김일 is a person, not a word)', () => {
    expect(romanizeName('김일', { lexicon }).map((f) => f.value)).toContain('Kim Il')
  })

  it('names in suggestions say which are recorded', () => {
    const suggestions = suggestRomanizations('周恩来', { kind: 'name', lexicon })
    expect(suggestions[0]).toMatchObject({ label: 'Hanyu Pinyin (recorded name)', value: 'Zhou Enlai' })
    expect(suggestions.find((s) => s.system === 'wade-giles')?.value).toBe('Chou En-lai')
  })

  it('nameForms keeps every recorded form and adds derived ones without duplicates', () => {
    const zhou = ENTITIES.find((e) => e.id === 'zhou-enlai')!
    const forms = nameForms(zhou)
    for (const n of zhou.names) expect(forms).toContain(n.form)
    expect(forms).toEqual(expect.arrayContaining(['Chou Enlai', 'Chou En Lai', 'Zhou Enlai']))
    expect(new Set(forms).size).toBe(forms.length)
  })
})

describe('suggestions for a title', () => {
  it('offers each system of the detected language, labelled for people', () => {
    expect(suggestRomanizations('조선로동당 중앙위원회').map((s) => s.label)).toEqual([
      'McCune-Reischauer',
      'Revised Romanization',
      'McCune-Reischauer without diacritics',
    ])
    expect(suggestRomanizations('Запись беседы')[0]).toEqual({ system: 'ala-lc-russian', label: 'ALA-LC (Library of Congress)', value: 'Zapisʹ besedy' })
  })

  it('offers nothing for Latin text or blank input', () => {
    expect(suggestRomanizations('Memorandum of conversation')).toEqual([])
    expect(suggestRomanizations('  ')).toEqual([])
  })
})
