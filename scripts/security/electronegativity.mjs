// Runs Electronegativity (Doyensec's Electron misconfiguration scanner) over src/, writes its
// findings to reports/electronegativity.csv and prints a summary. Every finding must be listed,
// with its reason, in electronegativity-explained.json (and justified in docs/security.md):
// an unexplained finding exits 1. A scanner that cannot run is reported but does not fail CI,
// since it says nothing about the app.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const REPORT = join(ROOT, 'reports', 'electronegativity.csv')

/** Splits one CSV line of the scanner's output (quoted fields may hold commas). */
export function csvFields(line) {
  const fields = []
  const pattern = /\s*("(?:[^"]|"")*"|[^,]*)\s*(?:,|$)/g
  for (const match of line.matchAll(pattern)) {
    if (match.index === line.length) break
    const raw = match[1]
    fields.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw)
  }
  return fields
}

/** The findings in the scanner's CSV: check id, severity, file and line:column. */
export function parseFindings(csv) {
  return csv
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [check, severity, confidence, file, location] = csvFields(line)
      return { check, severity, confidence, file, location }
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
  console.log(`electronegativity: ${result.explained.length} explained, ${result.unexplained.length} unexplained (reports/electronegativity.csv)`)
  for (const f of result.explained) console.log(`  explained   ${f.severity.padEnd(8)} ${f.check} ${f.file}:${f.location}`)
  for (const f of result.unexplained) console.log(`  UNEXPLAINED ${f.severity.padEnd(8)} ${f.check} ${f.file}:${f.location}`)
  return result.unexplained.length === 0 ? 0 : 1
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main())
