import { readFile } from 'node:fs/promises'
import { createOcrEngine } from '../../core/ocr/ocrEngine'
import { tessdataDir } from '../../core/ocr/tessdata'
import { OCR_LANGUAGES, OcrLanguage, type OcrResult } from '../../shared/model/ocr'
import { RESOURCES_DIR } from '../appPaths'
import { isAppError } from '../../shared/api/errors'
import { ApiFailure, call, printJson, UsageError, withCore, type Command } from './command'

const SHA256 = /^[0-9a-f]{64}$/

function languagesOf(flag: unknown): OcrLanguage[] {
  if (typeof flag !== 'string') throw new UsageError(`ocr: say which languages the page is in, e.g. --lang zh-Hans (any of ${OCR_LANGUAGES.join(', ')}, comma-separated)`)
  return flag.split(',').map((tag) => {
    const parsed = OcrLanguage.safeParse(tag.trim())
    if (!parsed.success) throw new UsageError(`--lang: "${tag}" is not one of ${OCR_LANGUAGES.join(', ')}`)
    return parsed.data
  })
}

function print(result: OcrResult, json: boolean): void {
  if (json) printJson(result)
  else process.stdout.write(`${result.text}\n`)
  process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}ocr: ${result.lines.length} lines, confidence ${Math.round(result.confidence * 100)}%, ${(result.ms / 1000).toFixed(1)} s\n`)
}

/** Progress on a terminal's stderr, so stdout stays the text (or JSON) alone. */
const showProgress = (phase: string, percent: number) => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[Kocr: ${phase} ${percent}%`)
}

/**
 * `workbench ocr SHA|FILE --lang L[,L] [--vertical] [--json]`: reads a stored attachment (by its
 * SHA-256) or any image file, offline, and prints its text (or the lines with their boxes).
 */
export const ocrCommand: Command = {
  name: 'ocr',
  usage: `ocr SHA256|FILE --lang ${OCR_LANGUAGES.join('|')}[,...] [--vertical] [--json]`,
  summary: 'Read the text of a photo or scan offline (a stored attachment or an image file)',
  options: { lang: { type: 'string' }, vertical: { type: 'boolean' } },
  run: async ({ dataDir, args, flags }) => {
    const [target] = args
    if (!target || args.length > 1) throw new UsageError('ocr: give one stored file\'s SHA-256 or the path of one image file')
    const languages = languagesOf(flags.lang)
    const vertical = flags.vertical === true
    const json = flags.json === true
    if (SHA256.test(target)) {
      return withCore(dataDir, async (core) => {
        const stop = core.events.subscribe((name, payload) => {
          const p = payload as { job_id: string; phase: string; done: number }
          if (name === 'job.progress' && p.job_id === 'cli-ocr') showProgress(p.phase, p.done)
        })
        try {
          print(await call<OcrResult>(core, 'ocr.recognize', { sha256: target, languages, vertical, job_id: 'cli-ocr' }), json)
        } finally {
          stop()
        }
        return 0
      })
    }
    const bytes = await readFile(target).catch(() => {
      throw new UsageError(`ocr: cannot read "${target}"; give an image file or a stored file's SHA-256`)
    })
    if (vertical && !languages.some((l) => l === 'zh-Hans' || l === 'zh-Hant')) throw new UsageError('--vertical: vertical reading needs Chinese among the languages')
    const engine = createOcrEngine({ tessdataDir: tessdataDir(RESOURCES_DIR) })
    try {
      print(await engine.recognize(bytes, { languages, vertical, onProgress: (phase, f) => showProgress(phase, Math.round(f * 100)) }), json)
    } catch (error) {
      throw isAppError(error) ? new ApiFailure({ code: error.code, message: error.message }) : error
    } finally {
      await engine.close()
    }
    return 0
  },
}
