import { describe, expect, it } from 'vitest'
import { offerUndo, undoLatest } from './undoStack'

describe('the undo stack', () => {
  it('takes back the latest action first, each once', async () => {
    const undone: string[] = []
    offerUndo({ message: 'Moved 1 finding to the Trash', undo: async () => undone.push('trash') })
    offerUndo({ message: 'Removed page 3.png', undo: async () => undone.push('page') })
    await undoLatest()
    await undoLatest()
    await undoLatest()
    expect(undone).toEqual(['page', 'trash'])
  })
})
