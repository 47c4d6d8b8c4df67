/**
 * Fills a library with N deterministic, realistic findings through the real core service, for
 * benchmarks and for trying the views at scale:
 *   npx tsx scripts/generate-library.ts --data-dir DIR --count 100000 [--seed N]
 * About 70% English, 15% Chinese, 10% Korean, 5% Russian; references in each repository's scheme;
 * document dates 1945-1990 at day, month and year precision, some approximate or inferred; tags,
 * essay sections and claim links with stances. The same seed gives the same findings.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createApi } from '../src/core/createApi'
import { DOC_TYPES, ENGLISH, REPOSITORIES_BY_LANGUAGE, randomSource, reference, sentence, type Language, type Random } from './library/corpus'

const BATCH = 2000
const TAGS = ['withdrawal', 'plenum', 'aid', 'border', 'tunnels', 'purge', 'atomic', 'fishing', 'railway', 'refugees', 'trade', 'propaganda']
const STANCES = ['supports', 'qualifies', 'contradicts', 'context'] as const

interface Essay {
  sections: { slug: string; paragraphs: { id: string }[] }[]
}

function language(random: Random): Language {
  const roll = random.next()
  if (roll < 0.7) return 'en'
  if (roll < 0.85) return 'zh-Hans'
  if (roll < 0.95) return random.next() < 0.7 ? 'ko-Kore' : 'ko-KP'
  return 'ru'
}

/** A document date 1945-1990 as EDTF: mostly days, some months and years, a few approximate or inferred. */
function documentDate(random: Random): { doc_date: string; year: number } {
  const year = random.int(1945, 1990)
  const month = String(random.int(1, 12)).padStart(2, '0')
  const day = String(random.int(1, 28)).padStart(2, '0')
  const roll = random.next()
  if (roll < 0.6) return { doc_date: `${year}-${month}-${day}`, year }
  if (roll < 0.8) return { doc_date: `${year}-${month}`, year }
  if (roll < 0.9) return { doc_date: `${year}`, year }
  if (roll < 0.96) return { doc_date: `${year}-${month}~`, year }
  return { doc_date: `${year}-${month}-${day}?`, year }
}

function claims(essay: Essay, random: Random) {
  const section = random.pick(essay.sections)
  const links = Array.from({ length: random.int(0, 2) }, () => {
    const paragraph = random.next() < 0.7 && section.paragraphs.length > 0 ? random.pick(section.paragraphs) : undefined
    return paragraph
      ? { essay_paragraph_id: paragraph.id, stance: random.pick(STANCES) }
      : { essay_section: section.slug, stance: random.pick(STANCES) }
  })
  return { essay_sections: [section.slug], claim_links: links }
}

/** One finding, a plain object as `workbench add` would accept it. */
export function makeFinding(index: number, essay: Essay, entityIds: readonly string[], random: Random): Record<string, unknown> {
  const lang = language(random)
  const repository = random.pick(REPOSITORIES_BY_LANGUAGE[lang])
  const { doc_date, year } = documentDate(random)
  const english = `${random.pick(ENGLISH.doc)}: ${sentence('en', random).slice(0, -1)} (#${index + 1})`
  const original = lang === 'en' ? undefined : sentence(lang, random)
  const scan = repository === 'wilson-digital-archive' || repository === 'cia-crest'
  return {
    repository_id: repository,
    reference_raw: reference(repository, year, random),
    doc_date,
    title_or_description: english,
    ...(original ? { title_original: original } : {}),
    doc_type: random.pick(DOC_TYPES),
    original_language: lang,
    entities: [...new Set([random.pick(entityIds), random.pick(entityIds)])],
    ...claims(essay, random),
    transcription: Array.from({ length: random.int(1, 4) }, () => sentence(lang, random)).join(' '),
    transcription_status: random.pick(['verbatim', 'partial_verbatim', 'paraphrase'] as const),
    summary_en: `${sentence('en', random)} ${sentence('en', random)}`,
    tags: [...new Set([random.pick(TAGS), random.pick(TAGS)])],
    confidence: random.pick(['confirmed', 'probable', 'possible', 'doubtful', 'unassessed'] as const),
    copy_type: scan ? 'official_digital_scan' : 'archive_photocopy',
    ...(scan ? {} : { viewed_on: `20${String(random.int(10, 25)).padStart(2, '0')}-0${random.int(1, 9)}-1${random.int(0, 9)}` }),
  }
}

/** Creates `count` findings in `dataDir` in batches, reporting progress; returns the milliseconds taken. */
export async function generateLibrary(dataDir: string, count: number, seed: number, log = console.log): Promise<number> {
  const started = performance.now()
  const core = createApi({ dataDir, resourcesDir: resolve(__dirname, '..', 'resources') })
  try {
    const essay = (await core.api['essay.get']({})) as Essay
    const entityIds = (await core.api['entities.list']({})).map((entity) => entity.id)
    const random = randomSource(seed)
    for (let done = 0; done < count; ) {
      const size = Math.min(BATCH, count - done)
      const findings = Array.from({ length: size }, (_, i) => makeFinding(done + i, essay, entityIds, random))
      await core.api['findings.createBatch']({ findings })
      done += size
      const seconds = (performance.now() - started) / 1000
      log(`${done.toLocaleString('en-US')} / ${count.toLocaleString('en-US')} findings (${seconds.toFixed(1)} s)`)
    }
  } finally {
    core.close()
  }
  return performance.now() - started
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, count: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' } },
  })
  const count = Number(values.count)
  const seed = Number(values.seed)
  if (!values['data-dir']) throw new Error('--data-dir DIR is required')
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive whole number, not ${values.count}`)
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not ${values.seed}`)
  const ms = await generateLibrary(resolve(values['data-dir']), count, seed)
  console.log(`created ${count.toLocaleString('en-US')} findings in ${(ms / 1000).toFixed(1)} s`)
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
