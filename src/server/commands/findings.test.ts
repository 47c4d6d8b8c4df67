import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../core/testing/tempLibrary'

const ROOT = resolve(__dirname, '..', '..', '..')
const FIXTURES = join(ROOT, 'resources', 'fixtures', 'scenario-findings.json')
const dataDir = tempDir()

function workbench(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('workbench add, list, show, delete, restore', () => {
  it('adds the twelve scenario findings and prints their ids', () => {
    const { code, stdout } = workbench(['add', FIXTURES])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toHaveLength(12)
  })

  it('lists with filters as JSON', () => {
    const { code, stdout } = workbench(['list', '--json', '--section', 'explaining-evolution', '--stance', 'supports'])
    expect(code).toBe(0)
    const rows = JSON.parse(stdout) as { title: string; stances: string[] }[]
    expect(rows.map((r) => r.title)).toEqual([
      expect.stringContaining('Journal of the Soviet ambassador'),
      expect.stringContaining('Red Guard wall posters'),
    ])
  })

  it('shows a finding with the same-document notice, deletes it to the Trash and restores it', () => {
    const [row] = JSON.parse(workbench(['list', '--json', '--text', 'Cyrillic reference']).stdout) as { id: string }[]
    const shown = workbench(['show', row!.id])
    expect(shown.stdout).toContain('same document as')
    expect(JSON.parse(workbench(['show', row!.id, '--json']).stdout).finding.reference_key).toBe('garf|f5446|op98c|d718')
    expect(workbench(['delete', row!.id]).stdout).toContain('moved to the Trash: 1')
    expect(JSON.parse(workbench(['list', '--json', '--trash']).stdout)).toHaveLength(1)
    expect(workbench(['restore', row!.id]).stdout).toContain('restored: 1')
    expect(JSON.parse(workbench(['list', '--json', '--trash']).stdout)).toHaveLength(0)
  })

  it('reads standard input, and refuses a batch with one bad finding, naming it, adding none', () => {
    const fixtures = JSON.parse(workbench(['list', '--json']).stdout) as unknown[]
    const bad = [{ repository_id: 'avprf', reference_raw: 'f. 1', doc_date: '1956-13-01', doc_date_certainty: 'exact', title_or_description: 't', doc_type: 'cable', original_language: 'ru', summary_en: 's', confidence: 'probable', copy_type: 'microfilm', viewed_on: '2026-01-01' }]
    const file = join(tempDir(), 'bad.json')
    writeFileSync(file, JSON.stringify([{ ...bad[0], doc_date: '1956-12-01' }, ...bad]))
    const refused = workbench(['add', file])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('findings.1.doc_date')
    expect(JSON.parse(workbench(['list', '--json']).stdout)).toHaveLength(fixtures.length)
    const piped = workbench(['add', '-'], JSON.stringify({ ...bad[0], doc_date: '1956-12-01' }))
    expect(piped.code).toBe(0)
  })

  it('exits 2 with a clear message for an unknown id or a non-JSON file', () => {
    const unknown = workbench(['show', '01a2271e-778c-7a70-9ed5-0aeccf7d46e6'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('No finding with id')
    const file = join(tempDir(), 'x.json')
    writeFileSync(file, '{not json')
    expect(workbench(['add', file]).stderr).toContain('is not valid JSON')
  })
})

describe('workbench output to a pipe', () => {
  it('writes all of a large finding to a pipe before it exits', () => {
    const [base] = JSON.parse(readFileSync(FIXTURES, 'utf8')) as Record<string, unknown>[]
    const file = join(tempDir(), 'long.json')
    writeFileSync(file, JSON.stringify({ ...base, transcription: '志愿军今年分三批回国。'.repeat(70_000) }))
    const [id] = JSON.parse(workbench(['add', file]).stdout) as string[]
    const cli = `"${process.execPath}" --import tsx src/server/cli.ts show ${id} --json --data-dir "${dataDir}"`
    const piped = spawnSync('sh', ['-c', `${cli} | wc -c`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const direct = workbench(['show', id!, '--json']).stdout
    expect(Buffer.byteLength(direct)).toBeGreaterThan(1_500_000)
    expect(Number(piped.stdout.trim())).toBe(Buffer.byteLength(direct))
  })
})
