import { describe, expect, it } from 'vitest'
import { controlForPath, createInput, emptyForm, updateInput } from './formModel'

describe('the editor form', () => {
  it('sends only filled fields on create, and claim links in the API shape', () => {
    const form = { ...emptyForm(), title_or_description: 'A cable', pages: '  ' }
    form.claim_links = [{ target: 'section', targetId: 'explaining-evolution', stance: 'qualifies', note: '' }]
    const input = createInput(form) as Record<string, unknown>
    expect(input).toMatchObject({ title_or_description: 'A cable', confidence: 'unassessed' })
    expect(input).not.toHaveProperty('pages')
    expect(input.claim_links).toEqual([{ essay_section: 'explaining-evolution', stance: 'qualifies' }])
  })

  it('sends only changed fields on update, and a cleared text as empty', () => {
    const saved = { ...emptyForm(), title_or_description: 'A cable', pages: '3–7', tags: ['1958'] }
    const now = { ...saved, pages: '', tags: ['1958', 'withdrawal'] }
    expect(updateInput('id-1', now, saved)).toEqual({ id: 'id-1', pages: '', tags: ['1958', 'withdrawal'] })
  })

  it('maps an error path to the most specific control that exists', () => {
    const ids = new Set(['fe-claim_links-0-stance', 'fe-essay_sections', 'fe-claim_links'])
    const exists = (id: string) => ids.has(id)
    expect(controlForPath('claim_links.0.stance', exists)).toBe('fe-claim_links-0-stance')
    expect(controlForPath('claim_links.3', exists)).toBe('fe-claim_links')
    expect(controlForPath('essay_sections.1', exists)).toBe('fe-essay_sections')
    expect(controlForPath('nowhere', exists)).toBeUndefined()
  })
})
