import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION } from '../core/db/migrations'
import { tempDir } from '../core/testing/tempLibrary'
import { runWorkbench } from './testing/cli'

const workbench = (...args: string[]) => runWorkbench(args)

describe('workbench CLI', () => {
  it('info on a new, empty folder creates the library and prints JSON with the schema version', () => {
    const dir = join(tempDir(), 'new-library')
    const { code, stdout } = workbench('info', '--data-dir', dir)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({
      dataDir: dir,
      schemaVersion: LATEST_SCHEMA_VERSION,
      counts: { essayParagraphs: 23, events: 119, entities: 80 },
    })
  })

  it('takes the folder from WORKBENCH_DATA_DIR when no flag is given', () => {
    const dir = tempDir()
    const result = runWorkbench(['info'], { WORKBENCH_DATA_DIR: dir })
    expect(JSON.parse(result.stdout).dataDir).toBe(dir)
  })

  it('check passes on a healthy library', () => {
    const { code, stdout } = workbench('check', '--data-dir', tempDir())
    expect(code).toBe(0)
    expect(stdout).toContain('ok')
  })

  it('check exits 1 and lists a broken foreign key', () => {
    const dir = tempDir()
    expect(workbench('info', '--data-dir', dir).code).toBe(0)
    const db = new Database(join(dir, 'library.sqlite'))
    db.pragma('foreign_keys = OFF')
    db.prepare("INSERT INTO essay_paragraphs (id, section_slug, ordinal) VALUES ('ghost-p1', 'ghost', 1)").run()
    db.close()
    const { code, stderr } = workbench('check', '--data-dir', dir)
    expect(code).toBe(1)
    expect(stderr).toContain('foreign key: essay_paragraphs')
  })

  it('refuses a library from a newer version with a clear message and a non-zero exit', () => {
    const dir = tempDir()
    const db = new Database(join(dir, 'library.sqlite'))
    db.pragma('user_version = 9990')
    db.close()
    const { code, stderr } = workbench('info', '--data-dir', dir)
    expect(code).toBe(1)
    expect(stderr).toContain('newer version of Reading Room Workbench')
  })

  it('prints help, and exits 2 on an unknown command', () => {
    expect(workbench('--help').stdout).toContain('Usage: npm run --silent workbench')
    const unknown = workbench('frobnicate')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Unknown command "frobnicate"')
  })
})
