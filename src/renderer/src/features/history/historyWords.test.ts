import { describe, expect, it } from 'vitest'
import type { HistoryChange, ValueEntry } from '../../../../shared/model/history'
import { changeText, fateText, recordText, resolutionText } from './historyWords'

const change = (name: string, thisDevice = false): HistoryChange => ({
  change_id: `0001.${name}`,
  device: { id: '01a2271e-778c-7a70-9ed5-0aeccf7d46e6', name, this_device: thisDevice, named: true },
  at: '2026-12-05T19:17:00.000Z',
})

describe('history in words', () => {
  it('names this laptop and colleagues, never a device id', () => {
    expect(changeText(change('ana@host', true))).toMatch(/^this laptop, /)
    expect(changeText(change('Bo in Beijing'))).toMatch(/^Bo in Beijing, /)
    expect(changeText(change('Bo in Beijing'))).not.toContain('01a2271e')
  })

  it('says how a value ended and how a conflict was resolved', () => {
    const entry = { state: 'set_aside', set_aside_by: 'deletion', replaced_by: change('Bo in Beijing') } as ValueEntry
    expect(fateText(entry)).toMatch(/^Set aside when the finding's deletion was confirmed by Bo in Beijing, .*\.$/)
    expect(resolutionText({ kept: [change('me', true)], set_aside: [change('Bo in Beijing')] })).toBe(
      'Resolved a conflict: kept the value from this laptop; set aside the value from Bo in Beijing.',
    )
    expect(resolutionText({ kept: [], set_aside: [change('me', true), change('Bo')] })).toContain('wrote a new value')
    expect(recordText({ change: change('Bo'), action: 'deleted', concurrent_edits: 2, outcome: 'confirmed' })).toBe(
      'Moved to the Trash while 2 edits were made on another laptop; the deletion was confirmed and those edits set aside',
    )
  })
})
