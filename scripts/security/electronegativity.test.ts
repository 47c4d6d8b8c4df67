import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain .mjs CI script without type declarations
import { classify, csvFields, parseFindings } from './electronegativity.mjs'

const ROOT = join(__dirname, '..', '..')
const explained = JSON.parse(readFileSync(join(__dirname, 'electronegativity-explained.json'), 'utf8')) as { check: string; file: string; why: string }[]

const CSV = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'SANDBOX_JS_CHECK,"MEDIUM","FIRM","main/index.ts","31:17","const window = new BrowserWindow({","Use sandbox, please",https://x',
  'NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","main/other.ts","3:1","x","y",https://x',
].join('\n')

describe('Electronegativity report', () => {
  it('reads quoted fields with commas inside them', () => {
    expect(csvFields('A,"b, c","d ""e"""')).toEqual(['A', 'b, c', 'd "e"'])
    expect(parseFindings(CSV)[0]).toEqual({ check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', confidence: 'FIRM', file: 'main/index.ts', location: '31:17' })
  })

  it('flags a finding with no recorded reason, by check and file', () => {
    const result = classify(parseFindings(CSV), explained)
    expect(result.explained.map((f: { check: string }) => f.check)).toEqual(['SANDBOX_JS_CHECK'])
    expect(result.unexplained.map((f: { check: string }) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK'])
  })

  it('has every explained check justified in docs/security.md', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'security.md'), 'utf8')
    for (const entry of explained) {
      expect(entry.why.length).toBeGreaterThan(20)
      expect(doc, entry.check).toContain(entry.check)
    }
  })
})
