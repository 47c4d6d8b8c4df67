import { describe, expect, it } from 'vitest'
import { tempDir } from '../../core/testing/tempLibrary'
import { runWorkbench } from '../testing/cli'

const dataDir = tempDir()
const workbench = (...args: string[]) => runWorkbench([...args, '--data-dir', dataDir])

describe('workbench search filters', () => {
  it('takes a language and a section by name, and refuses an unknown value with the close matches', () => {
    const named = workbench('search', 'Kim', '--language', 'Korean', '--section', 'How did the China-North Korea relationship change over time?')
    expect(named.stderr).toBe('')
    expect(named.code).toBe(0)
    const unknown = workbench('search', 'Kim', '--language', 'Korea')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('“Korea” is not a language this library knows; did you mean “Korean”')
  })
})
