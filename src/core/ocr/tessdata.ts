import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { OCR_LANGUAGE_LABELS, OCR_LANGUAGES, VERTICAL_OCR_LANGUAGES, type OcrLanguage, type OcrLanguageInfo } from '../../shared/model/ocr'

/** Folder under the app's resources holding the bundled tessdata_fast files (resources/tessdata/README.md). */
export const TESSDATA_FOLDER = 'tessdata'

/** What produced a text, recorded with it: the engine and its language data. */
export const OCR_ENGINE = 'tesseract.js 7.0.0, tessdata_fast 4.1.0'

/** Tesseract's name for each language's data, horizontal and (Chinese only) vertical. */
const DATA_NAMES: Record<OcrLanguage, { horizontal: string; vertical?: string }> = {
  'zh-Hans': { horizontal: 'chi_sim', vertical: 'chi_sim_vert' },
  'zh-Hant': { horizontal: 'chi_tra', vertical: 'chi_tra_vert' },
  ko: { horizontal: 'kor' },
  ru: { horizontal: 'rus' },
  en: { horizontal: 'eng' },
}

export const tessdataDir = (resourcesDir: string): string => join(resourcesDir, TESSDATA_FOLDER)

const dataFile = (dir: string, name: string) => join(dir, `${name}.traineddata.gz`)

/**
 * The data files to load, main language first. Reading columns loads the vertical model of each
 * Chinese language instead of the horizontal one; other languages have none and keep theirs.
 */
export function dataNames(languages: readonly OcrLanguage[], vertical: boolean): string[] {
  const names = languages.map((language) => {
    const names = DATA_NAMES[language]
    return vertical && names.vertical ? names.vertical : names.horizontal
  })
  return [...new Set(names)]
}

/** The names among `names` whose file is missing from `dir`. */
export function missingData(dir: string, names: readonly string[]): string[] {
  return names.filter((name) => !existsSync(dataFile(dir, name)))
}

/** Every language the app knows, and whether its data is installed. */
export function languageInfo(dir: string): OcrLanguageInfo[] {
  return OCR_LANGUAGES.map((language) => ({
    language,
    label: OCR_LANGUAGE_LABELS[language],
    vertical: VERTICAL_OCR_LANGUAGES.includes(language),
    available: missingData(dir, [DATA_NAMES[language].horizontal]).length === 0,
  }))
}
