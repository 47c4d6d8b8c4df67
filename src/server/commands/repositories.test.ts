import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../core/testing/tempLibrary'
import { runWorkbench } from '../testing/cli'

const dataDir = tempDir()
const workbench = (...args: string[]) => runWorkbench([...args, '--data-dir', dataDir])

describe('workbench repositories', () => {
  it('adds an archive the list lacks and lists it; refuses the same archive twice with exit 2', () => {
    const added = workbench('repositories', 'add', 'National Institute of Korean History', '--original-name', '국사편찬위원회', '--city', 'Gwacheon', '--country', 'KR', '--collection', 'RG 242')
    expect(added.stderr).toBe('')
    expect(added.stdout).toContain('added National Institute of Korean History (id national-institute-of-korean-history)')
    const listed = workbench('repositories')
    expect(listed.stdout).toMatch(/national-institute-of-korean-history\s+Gwacheon, KR\s+you or a colleague\s+National Institute of Korean History/)
    expect(listed.stdout).toContain('collection: RG 242')
    const again = workbench('repositories', 'add', '국사편찬위원회')
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('already in the list of repositories')
  })

  it('adds a collection to a repository named in any script, and says when no repository goes by the name', () => {
    workbench('repositories', 'add', 'National Institute of Korean History', '--original-name', '국사편찬위원회')
    const added = workbench('repositories', 'add-collection', '국사편찬위원회', 'Captured', 'DPRK', 'files')
    expect(added.stderr).toBe('')
    expect(added.stdout).toContain('added the collection "Captured DPRK files" to National Institute of Korean History')
    expect(workbench('repositories').stdout).toContain('collection: Captured DPRK files')
    const unknown = workbench('repositories', 'add-collection', 'Nowhere Archive', 'RG 1')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('no repository goes by "Nowhere Archive"')
    expect(workbench('help', 'repositories').stdout + workbench('--help').stdout).toContain('repositories add-collection REPOSITORY COLLECTION')
  })

  it('import-refs names archives not in the list, and adds them with --create-repositories', () => {
    const file = join(tempDir(), 'zotero.json')
    writeFileSync(file, JSON.stringify([{ id: 'z1', type: 'manuscript', title: 'Report of the Soviet embassy', archive: 'Архив внешней политики Монголии', archive_location: 'f. 3, op. 1, d. 12' }]))
    const plain = workbench('import-refs', file)
    expect(plain.stdout).toContain('created 0')
    expect(plain.stdout).toContain('not in the list of repositories: Архив внешней политики Монголии (1 record); run again with --create-repositories')
    const created = workbench('import-refs', file, '--create-repositories')
    expect(created.stdout).toContain('created 1')
    expect(created.stdout).toContain('added repository Архив внешней политики Монголии')
  })
})
