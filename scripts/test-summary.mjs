// Prints one closing line over every test runner, `N passed, M failed, K skipped`, from the
// JSON reports of vitest and Playwright. A runner that wrote no report but whose step failed
// (typecheck, lint, a crash) counts as one failure, so a broken run can never read as green.
import { existsSync, readFileSync } from 'node:fs'

const [, , exitCodeText = '0'] = process.argv
const totals = { passed: 0, failed: 0, skipped: 0 }

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

const vitest = readJson('reports/vitest.json')
if (vitest) {
  totals.passed += vitest.numPassedTests
  totals.failed += vitest.numFailedTests
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0)
}

const playwright = readJson('reports/playwright.json')
if (playwright) {
  totals.passed += playwright.stats.expected + (playwright.stats.flaky ?? 0)
  totals.failed += playwright.stats.unexpected
  totals.skipped += playwright.stats.skipped
}

if (Number(exitCodeText) !== 0 && totals.failed === 0) totals.failed = 1
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
