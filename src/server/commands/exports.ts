import { readFileSync, writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import { EXPORT_FORMATS, type ExportReport } from '../../shared/model/export'
import { call, printJson, UsageError, withCore, type Command, type CommandContext } from './command'

const list = (value: string | boolean | undefined): string[] | undefined =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : undefined

function exportFilter(flags: CommandContext['flags']): Record<string, unknown> {
  const filter: Record<string, unknown> = {
    essay_sections: list(flags.section),
    tags: list(flags.tag),
    repository_ids: list(flags.repository),
    date_from: flags.from,
    date_to: flags.to,
  }
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined))
}

/** `workbench export --format F --out FILE [filters]`: findings for Zotero, spreadsheets, drafts. */
export async function exportFormat({ dataDir, flags }: CommandContext, out: string): Promise<number> {
  const format = flags.format as string
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`)
  }
  return withCore(dataDir, async (core) => {
    const input = {
      format,
      filter: exportFilter(flags),
      ...(flags.bom === true ? { bom: true } : {}),
      ...(flags['keep-formulas'] === true ? { keep_formulas: true } : {}),
      ...(flags['omit-citation-notes'] === true ? { omit_citation_notes: true } : {}),
    }
    const result = await call<{ content: string; report: ExportReport; summary: string }>(core, 'export.run', input)
    writeFileSync(out, result.content)
    process.stderr.write(`${result.summary}\nwritten to ${out}\n`)
    if (flags.json === true) printJson(result.report)
    return 0
  })
}

export const importRefsCommand: Command = {
  name: 'import-refs',
  usage: 'import-refs FILE [--dry-run] [--create-repositories] [--json]',
  summary:
    'Turn a CSL-JSON, RIS or BibTeX file (Zotero, Wilson Center records, a workbench export) into findings, deduplicated by reference; ' +
    '--create-repositories adds the archives it names that are not in the list instead of skipping their records',
  options: { 'dry-run': { type: 'boolean' }, 'create-repositories': { type: 'boolean' } },
  run: ({ dataDir, args, flags }) =>
    withCore(dataDir, async (core) => {
      const file = args[0]
      if (!file) throw new UsageError('give the CSL-JSON (.json), RIS (.ris) or BibTeX (.bib) file to import')
      const extension = extname(file).toLowerCase()
      const format = extension === '.ris' ? 'ris' : extension === '.bib' ? 'bibtex' : 'csl-json'
      const text = readFileSync(file, 'utf8')
      const create = flags['create-repositories'] === true
      const result = await call<ImportResult>(core, 'export.importRefs', {
        text,
        format,
        dry_run: flags['dry-run'] === true,
        create_repositories: create,
      })
      if (flags.json === true) printJson(result)
      else {
        const dry = flags['dry-run'] === true
        const verb = dry ? 'would create' : 'created'
        process.stdout.write(`${verb} ${result.created}, unchanged ${result.unchanged}, on known documents ${result.same_document}\n`)
        for (const r of result.repositories_created) process.stdout.write(`${dry ? 'would add' : 'added'} repository ${r.name} (id ${r.id})\n`)
        for (const p of result.problems) process.stdout.write(`record ${p.index + 1}: ${p.field}: ${p.message}\n`)
        if (!create && result.unknown_repositories.length > 0) {
          const names = result.unknown_repositories.map((a) => `${a.name} (${a.records.length === 1 ? "1 record" : `${a.records.length} records`})`).join(', ')
          process.stdout.write(`not in the list of repositories: ${names}; run again with --create-repositories to add them\n`)
        }
      }
      return 0
    }),
}

interface ImportResult {
  created: number
  unchanged: number
  same_document: number
  problems: { index: number; field: string; message: string }[]
  unknown_repositories: { name: string; records: number[] }[]
  repositories_created: { id: string; name: string }[]
}
