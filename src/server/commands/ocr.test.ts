import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderPage } from '../../../scripts/testdata/pages'
import { PAGE_TEXTS } from '../../../scripts/testdata/pageTexts'
import { tempDir } from '../../core/testing/tempLibrary'
import type { OcrResult } from '../../shared/model/ocr'

const ROOT = resolve(__dirname, '..', '..', '..')
const dataDir = tempDir()
const page = join(dataDir, 'page.jpg')

function workbench(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('workbench ocr', () => {
  beforeAll(async () => {
    const { font, lines } = PAGE_TEXTS.ko
    writeFileSync(page, await renderPage({ lines: lines.slice(0, 2), font, sizePt: 12, angle: 0.5, noise: 8 }))
  })

  it('prints the text of an image file, or its lines with boxes as JSON', () => {
    const { code, stdout, stderr } = workbench('ocr', page, '--lang', 'ko', '--json')
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as OcrResult
    expect(result.lines.map((l) => l.text)).toEqual(PAGE_TEXTS.ko.lines.slice(0, 2))
    expect(stderr).toMatch(/ocr: 2 lines/)
  }, 120_000)

  it('says what is wrong with the command line or the file, with exit code 2', () => {
    expect(workbench('ocr', page).stderr).toContain('--lang zh-Hans')
    expect(workbench('ocr', page, '--lang', 'de')).toMatchObject({ code: 2, stderr: expect.stringContaining('"de" is not one of') })
    expect(workbench('ocr', page, '--lang', 'ru', '--vertical').code).toBe(2)
    expect(workbench('ocr', join(ROOT, 'package.json'), '--lang', 'en')).toMatchObject({ code: 2, stderr: expect.stringContaining('could not be read') })
    expect(workbench('ocr', 'f'.repeat(64), '--lang', 'en')).toMatchObject({ code: 2, stderr: expect.stringContaining('No stored file') })
  }, 120_000)
})
