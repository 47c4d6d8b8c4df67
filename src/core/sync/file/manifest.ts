import { z } from 'zod'
import { AppError } from '../../../shared/api/errors'
import { SYNC_FORMAT_OLDEST, SYNC_FORMAT_VERSION, SyncManifest } from '../../../shared/model/syncFile'
import { invalid } from './zipEntries'

/**
 * Parses manifest.json. Its entry count is compared with the zip's before the schema is
 * applied, so a manifest listing a million entries costs one JSON parse, not a million checks.
 */
export function parseManifest(bytes: Uint8Array, entriesInZip: number): SyncManifest {
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'))
  } catch {
    throw invalid('manifest.json is not valid JSON')
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion
  if (typeof version === 'number' && version > SYNC_FORMAT_VERSION) {
    throw new AppError('sync.unsupported_version', `This sync file uses format version ${version}; this app reads up to ${SYNC_FORMAT_VERSION}. Update the app. Nothing was changed.`)
  }
  const listed = (json as { entries?: unknown } | null)?.entries
  if (Array.isArray(listed) && listed.length !== entriesInZip) {
    throw invalid(`the manifest lists ${listed.length.toLocaleString('en-US')} entries, the file holds ${entriesInZip.toLocaleString('en-US')}`)
  }
  const parsed = SyncManifest.safeParse(json, { reportInput: true })
  if (!parsed.success) throw invalid(`manifest.json: ${describeIssue(parsed.error)}`)
  if (parsed.data.formatVersion < SYNC_FORMAT_OLDEST) {
    throw new AppError('sync.unsupported_version', `Unknown sync format version ${parsed.data.formatVersion}. Nothing was changed.`)
  }
  return parsed.data
}

/**
 * The first problem, where it is and, for a short text (a stamp like "zzzz"), the value itself,
 * so the person reading it can find it in the file. Parse with `reportInput: true` to get it.
 */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'invalid'
  const where = issue.path.join('.') || 'value'
  const found = typeof issue.input === 'string' && issue.input.length <= 90 ? JSON.stringify(issue.input) : undefined
  if (found === undefined) return `${where}: ${issue.message}`
  // Our own messages read on from the value ("is not a clock stamp"); zod's stand alone.
  return issue.message.startsWith('is ') ? `${where} ${found} ${issue.message}` : `${where}: ${issue.message} (found ${found})`
}
