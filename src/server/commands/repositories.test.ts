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
