import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEST_RESOURCES_DIR, tempDir } from '../../core/testing/tempLibrary'
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

  it('list takes a language, repository, section and stance by name, and names a value it does not understand', () => {
    const added = workbench('add', join(TEST_RESOURCES_DIR, 'fixtures', 'scenario-findings.json'))
    expect(added.code).toBe(0)
    const ids = (out: string) => out.split('\n').filter((line) => /^\S+\s+[0-9a-f]{8}-/.test(line)).map((line) => line.split(/\s+/)[1])
    const korean = workbench('list', '--language', 'Korean')
    expect(korean.stderr).toBe('')
    // "Korean" is every Korean: the DPRK's, the ROK's and the mixed script, as the app's picker reads it.
    const dprk = ids(workbench('list', '--language', 'ko-KP').stdout)
    expect(dprk).toHaveLength(1)
    expect(ids(korean.stdout)).toEqual(expect.arrayContaining(dprk))
    expect(ids(korean.stdout).length).toBeGreaterThan(1)
    expect(ids(korean.stdout)).toEqual(ids(workbench('list', '--language', 'ko').stdout))
    const byName = workbench('list', '--repository', 'Foreign Policy Archive of the Russian Federation')
    expect(ids(byName.stdout)).toEqual(ids(workbench('list', '--repository', 'avprf').stdout))
    expect(ids(byName.stdout).length).toBeGreaterThan(0)
    const bySection = workbench('list', '--section', 'How did the China-North Korea relationship change over time?', '--stance', 'supports')
    expect(bySection.stderr).toBe('')
    const unknown = workbench('list', '--language', 'Korea')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('“Korea” is not a language this library knows; did you mean “Korean”')
    const repository = workbench('list', '--repository', 'Nowhere Archive')
    expect(repository.code).toBe(2)
    expect(repository.stderr).toContain('“Nowhere Archive” is not a repository this library knows')
  })
})
