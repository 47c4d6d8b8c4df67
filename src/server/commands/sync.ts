import { readFileSync, writeFileSync } from 'node:fs'
import type { ConflictEntry, ImportReport } from '../../shared/model/sync'
import { call, printJson, UsageError, withCore, type Command, type CommandContext } from './command'
import { exportFormat } from './exports'
import { printRows } from './listing'

/** The passphrase written in the file `--passphrase-file` names (its last line break dropped). */
export function passphrase(flags: CommandContext['flags']): string | undefined {
  const file = flags['passphrase-file']
  if (typeof file !== 'string') return undefined
  const text = readFileSync(file, 'utf8').replace(/\r?\n$/, '')
  if (text === '') throw new UsageError(`${file} is empty: write the passphrase in it`)
  return text
}

export const exportCommand: Command = {
  name: 'export',
  usage:
    'export --out FILE [--for NAME] [--passphrase-file F]   |   export --format csl-json|csl-json-strict|bibtex|biblatex|ris|csv|markdown --out FILE [--section S,..] [--tag T,..] [--repository R,..] [--from Y] [--to Y] [--bom] [--keep-formulas] [--omit-citation-notes]',
  summary: 'Write a sync file for a colleague (all, or what NAME has not seen), or export findings in a format',
  options: {
    out: { type: 'string' },
    for: { type: 'string' },
    'passphrase-file': { type: 'string' },
    format: { type: 'string' },
    section: { type: 'string' },
    bom: { type: 'boolean' },
    'keep-formulas': { type: 'boolean' },
    'omit-citation-notes': { type: 'boolean' },
  },
  async run(context) {
    const out = context.flags.out
    if (typeof out !== 'string') throw new UsageError('give --out FILE')
    if (typeof context.flags.format === 'string') return exportFormat(context, out)
    return withCore(context.dataDir, async (core) => {
      const forName = typeof context.flags.for === 'string' ? context.flags.for : undefined
      const file = await call<{ file_base64: string; changes: number; withheld: number; recipient?: { device_id: string; name: string } }>(core, 'sync.export', {
        ...(forName ? { for: forName } : {}),
        ...(passphrase(context.flags) ? { passphrase: passphrase(context.flags) } : {}),
      })
      writeFileSync(out, Buffer.from(file.file_base64, 'base64'))
      const recipient = file.recipient ? `${file.recipient.name} (device ${file.recipient.device_id})` : forName
      process.stderr.write(`${file.changes} changes written to ${out}${recipient ? ` for ${recipient}` : ''}\n`)
      return 0
    })
  },
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import FILE [--dry-run] [--json] [--passphrase-file F]',
  summary: "Import a colleague's sync file: validated first, backed up, applied in one transaction",
  options: { 'dry-run': { type: 'boolean' }, 'passphrase-file': { type: 'string' } },
  run: ({ dataDir, args, flags }) =>
    withCore(dataDir, async (core) => {
      if (!args[0]) throw new UsageError('give the sync file to import')
      const input = { file_base64: readFileSync(args[0]).toString('base64'), ...(passphrase(flags) ? { passphrase: passphrase(flags) } : {}) }
      const report = await call<ImportReport>(core, flags['dry-run'] === true ? 'sync.preview' : 'sync.import', input)
      if (flags.json === true) printJson({ ...report.total, by_kind: report.byKind, new_changes: report.newChanges, backup: report.backup })
      else {
        const t = report.total
        process.stdout.write(
          `${flags['dry-run'] === true ? 'would apply' : 'applied'} from ${report.sender.deviceName}: ` +
            `${t.created} created, ${t.updated} updated, ${t.deleted} deleted, ${t.conflicts} conflicts, ${t.unchanged} unchanged\n`,
        )
      }
      return 0
    }),
}

export const conflictsCommand: Command = {
  name: 'conflicts',
  usage: 'conflicts [--json]',
  summary: 'List open conflicts left by merging',
  run: ({ dataDir, flags }) =>
    withCore(dataDir, async (core) => {
      printRows(await call<ConflictEntry[]>(core, 'conflicts.list', {}), flags.json === true, [
        { heading: 'ID', cell: (c) => c.id },
        { heading: 'TITLE', cell: (c) => c.title },
      ])
      return 0
    }),
}

export const resolveCommand: Command = {
  name: 'resolve',
  usage: 'resolve ID --take mine|theirs|restore|delete   |   resolve ID --take value FILE',
  summary: 'Resolve one conflict; the resolution syncs to colleagues like any change',
  options: { take: { type: 'string' } },
  run: ({ dataDir, args, flags }) =>
    withCore(dataDir, async (core) => {
      const [id, valueFile] = args
      if (!id || typeof flags.take !== 'string') throw new UsageError('give the conflict ID and --take')
      const value = flags.take === 'value' ? readValue(valueFile) : undefined
      await call(core, 'conflicts.resolve', { id, take: flags.take, ...(value === undefined ? {} : { value }) })
      process.stdout.write(`resolved ${id}\n`)
      return 0
    }),
}

/** A value file holds JSON (a date, a list) or plain text (a merged summary). */
function readValue(file: string | undefined): unknown {
  if (!file) throw new UsageError('--take value needs a FILE holding the value')
  const text = readFileSync(file, 'utf8')
  try {
    return JSON.parse(text)
  } catch {
    return text.replace(/\r?\n$/, '')
  }
}
