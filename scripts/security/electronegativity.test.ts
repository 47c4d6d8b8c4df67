import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain .mjs CI script without type declarations
import { classify, parseFindings } from './electronegativity.mjs'

const ROOT = join(__dirname, '..', '..')
const explained = JSON.parse(readFileSync(join(__dirname, 'electronegativity-explained.json'), 'utf8')) as { check: string; file: string; why: string }[]

function result(ruleId: string, uri: string, startLine: number, startColumn: number) {
  const region = { startLine, startColumn }
  return { ruleId, level: 'warning', message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { uri }, region } }] }
}

const SARIF = JSON.stringify({
  version: '2.1.0',
  runs: [
    {
      results: [
        result('SANDBOX_JS_CHECK', 'main/index.ts', 31, 18),
        result('NODE_INTEGRATION_JS_CHECK', 'main/other.ts', 3, 1),
        result('CSP_GLOBAL_CHECK', 'file:///', 1, 1),
      ],
    },
  ],
})

describe('Electronegativity report', () => {
  it('reads each result with its file, and names the whole-app checks N/A', () => {
    const findings = parseFindings(SARIF)
    expect(findings[0]).toEqual({ check: 'SANDBOX_JS_CHECK', level: 'warning', file: 'main/index.ts', location: '31:18' })
    expect(findings[2].file).toBe('N/A')
  })

  it('flags a finding with no recorded reason, by check and file', () => {
    const result = classify(parseFindings(SARIF), explained)
    expect(result.explained.map((f: { check: string }) => f.check)).toEqual(['SANDBOX_JS_CHECK', 'CSP_GLOBAL_CHECK'])
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
