import * as iuliia from 'iuliia'
import { memoized } from '../../../shared/memoized'
import { joinPieces } from '../forms'

/**
 * Russian Cyrillic to Latin through iuliia (MIT, schemas as published data, no network use).
 * iuliia's ALA-LC, BGN/PCGN, scholarly and ISO 9 schemas leave ё as Cyrillic ё (their tables map
 * it to itself), so it is written ë here as each standard prescribes.
 */
export type RussianSystem = 'ala-lc-russian' | 'bgn-pcgn' | 'iso9' | 'russian-scholarly' | 'english-common'

const SCHEMAS: Record<Exclude<RussianSystem, 'english-common'>, iuliia.Schema> = {
  // ALA-LC with its ligature ties (t͡s, i͡a) and breve (ĭ), as in catalogue records.
  'ala-lc-russian': iuliia.ALA_LC,
  // BGN/PCGN; its optional middle dot (t·s for тс, not ц) is dropped below, as most users do.
  'bgn-pcgn': iuliia.BGN_PCGN,
  // ISO 9:1995 = GOST 7.79-2000 System A: one Latin letter per Cyrillic letter.
  iso9: iuliia.GOST_779,
  // The scholarly (linguistic) transliteration of Slavic studies: Xruščëv.
  'russian-scholarly': iuliia.SCIENTIFIC,
}

function fixYo(text: string): string {
  return text.replace(/ё/g, 'ë').replace(/Ё/g, 'Ë').normalize('NFC')
}

const cachePerSchema = new Map<iuliia.Schema, (text: string) => string>()

/** One schema over a piece of Cyrillic, with ё fixed (remembered: names are asked many times over). */
export function transliterate(text: string, schema: iuliia.Schema): string {
  let cached = cachePerSchema.get(schema)
  if (!cached) {
    cached = memoized((t) => fixYo(iuliia.translate(t, schema)).replace(/·/g, ''), 5_000)
    cachePerSchema.set(schema, cached)
  }
  return cached(text)
}

/**
 * English spelling as newspapers and most English-language books print Russian names
 * (Khrushchev, Mikoyan, Gromyko, Yuri Andropov): iuliia's Wikipedia schema, which follows the
 * BGN/PCGN family, with ё after ж ч ш щ written e (Khrushchev, Gorbachev, not Khrushchyov)
 * and a final -ия written -ia.
 */
export function englishCommon(text: string): string {
  const softened = text.replace(/([жчшщЖЧШЩ])ё/g, '$1е').replace(/([жчшщ])Ё/g, '$1Е')
  // Word-final -ия is -ia in English print (Beria, Izvestia), not Wikipedia's -iya.
  return fixYo(iuliia.translate(softened, iuliia.WIKIPEDIA)).replace(/iya(?!\p{L})/gu, 'ia')
}

/** A word of two or more capitals and nothing else (ЦК, КПСС), captured for split(). */
const ABBREVIATION = /(?<!\p{L})([А-ЯЁ]{2,})(?!\p{L})/u

/** A title or other text in one system; non-Cyrillic text passes through. */
export function romanizeRussian(text: string, system: RussianSystem): string {
  const one = (t: string) => (system === 'english-common' ? englishCommon(t) : transliterate(t, SCHEMAS[system]))
  // Abbreviations stay in capitals (ЦК КПСС -> TSK KPSS, not TsK KPSS), as ALA-LC prints them.
  const latin = text
    .split(ABBREVIATION)
    .map((piece, i) => (i % 2 === 1 ? one(piece).toUpperCase() : one(piece)))
    .join('')
  return joinPieces([latin])
}

/** The schemas behind the systems, for variants that need another one (ALA-LC without diacritics). */
export const ALA_LC_PLAIN = iuliia.ALA_LC_ALT
