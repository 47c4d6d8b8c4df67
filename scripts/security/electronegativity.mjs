// Runs Electronegativity (Doyensec's Electron misconfiguration scanner) over src/, writes its
// findings to reports/electronegativity.sarif and prints a summary. Every finding must be listed,
// with its reason, in electronegativity-explained.json (and justified in docs/security.md):
// an unexplained finding exits 1. A scanner that cannot run is reported but does not fail CI,
// since it says nothing about the app.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const REPORT = join(ROOT, 'reports', 'electronegativity.sarif')

/**
 * The findings in the scanner's SARIF report: check id, level, file and line:column. SARIF, not
 * CSV, because the scanner writes its CSV header and rows with two racing async writes, which can
 * overwrite the start of the first row (it did in CI).
 */
export function parseFindings(sarif) {
  const results = JSON.parse(sarif).runs.flatMap((run) => run.results ?? [])
  return results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation ?? {}
    const uri = location.artifactLocation?.uri ?? 'file:///'
    const region = location.region ?? {}
    return {
      check: result.ruleId,
      level: result.level,
      file: uri === 'file:///' ? 'N/A' : uri,
      location: `${region.startLine ?? 0}:${region.startColumn ?? 0}`,
    }
  })
}

/** Splits findings into those with a recorded reason and those without. */
export function classify(findings, explained) {
  const known = (f) => explained.some((e) => e.check === f.check && e.file === f.file)
  return { explained: findings.filter(known), unexplained: findings.filter((f) => !known(f)) }
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  return pkg.devDependencies.electron
}

function main() {
  mkdirSync(dirname(REPORT), { recursive: true })
  rmSync(REPORT, { force: true })
  const bin = join(ROOT, 'node_modules', '.bin', 'electronegativity')
  const args = ['-i', 'src', '-r', '-v', 'false', '-o', REPORT, '-e', electronVersion()]
  const run = spawnSync(bin, args, { cwd: ROOT, encoding: 'utf8', timeout: 300_000 })
  if (!existsSync(REPORT)) {
    console.log(`electronegativity: could not run (${run.error?.message ?? `exit ${run.status}`}); no findings checked`)
    console.log((run.stderr ?? '').trim())
    return 0
  }
  const explained = JSON.parse(readFileSync(join(ROOT, 'scripts', 'security', 'electronegativity-explained.json'), 'utf8'))
  const result = classify(parseFindings(readFileSync(REPORT, 'utf8')), explained)
  console.log(`electronegativity: ${result.explained.length} explained, ${result.unexplained.length} unexplained (reports/electronegativity.sarif)`)
  for (const f of result.explained) console.log(`  explained   ${f.level.padEnd(8)} ${f.check} ${f.file}:${f.location}`)
  for (const f of result.unexplained) console.log(`  UNEXPLAINED ${f.level.padEnd(8)} ${f.check} ${f.file}:${f.location}`)
  return result.unexplained.length === 0 ? 0 : 1
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main())
