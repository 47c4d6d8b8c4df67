import { describe, expect, it } from 'vitest'
import { en } from '../../../../shared/i18n/messages/en'
import type { Translate } from '../../../../shared/i18n/messageIds'
import type { HistoryChange, ValueEntry } from '../../../../shared/model/history'
import { createLabels } from '../../../../shared/vocabulary'
import { changeText, fateText, recordText, resolutionText, valueText, type Words } from './historyWords'

/** English words without i18next: ids looked up, `_one/_other` by count, placeholders filled. */
const t = ((id: string, params: Record<string, unknown> = {}) => {
  const catalogue = en as Record<string, string>
  const plural = 'count' in params ? `${id}_${params.count === 1 ? 'one' : 'other'}` : id
  const text = catalogue[plural] ?? catalogue[id] ?? id
  return text.replace(/\{\{\s*(\w+)[^}]*\}\}/g, (_all, name: string) => String(params[name]))
}) as Translate
const words: Words = { t, labels: createLabels(t, 'en'), locale: 'en' }

const change = (name: string, thisDevice = false): HistoryChange => ({
  change_id: `0001.${name}`,
  device: { id: '01a2271e-778c-7a70-9ed5-0aeccf7d46e6', name, this_device: thisDevice, named: true },
  at: '2026-12-05T19:17:00.000Z',
})

describe('history in words', () => {
  it('names this laptop and colleagues, never a device id', () => {
    expect(changeText(change('ana@host', true), words)).toMatch(/^this laptop, /)
    expect(changeText(change('Bo in Beijing'), words)).toMatch(/^Bo in Beijing, /)
    expect(changeText(change('Bo in Beijing'), words)).not.toContain('01a2271e')
  })

  it('says how a value ended and how a conflict was resolved', () => {
    const entry = { state: 'set_aside', set_aside_by: 'deletion', replaced_by: change('Bo in Beijing') } as ValueEntry
    expect(fateText(entry, words)).toMatch(/^Set aside when the finding's deletion was confirmed by Bo in Beijing, .*\.$/)
    expect(resolutionText({ kept: [change('me', true)], set_aside: [change('Bo in Beijing')] }, words)).toBe(
      'Resolved a conflict: kept the value from this laptop; set aside the value from Bo in Beijing.',
    )
    expect(resolutionText({ kept: [], set_aside: [change('me', true), change('Bo')] }, words)).toContain('wrote a new value')
    expect(recordText({ change: change('Bo'), action: 'deleted', concurrent_edits: 2, outcome: 'confirmed' }, t)).toBe(
      'Moved to the Trash while 2 edits were made on another laptop; the deletion was confirmed and those edits set aside',
    )
  })

  it('shows codes as labels and linked records by name, never an id', () => {
    expect(valueText('doc_type', 'diary_journal', () => undefined, words)).not.toContain('_')
    expect(valueText('entities', 'kim-il-sung', () => undefined, words)).not.toContain('kim-il-sung')
    expect(valueText('entities', 'kim-il-sung', () => 'Kim Il Sung', words)).toBe('Kim Il Sung')
  })
})
