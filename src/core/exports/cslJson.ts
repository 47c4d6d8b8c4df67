import type { Finding } from '../../shared/model/finding'
import type { Repository } from '../../shared/model/repository'
import { cslItem, type CslItem } from './cslItem'
import type { ExportEntity } from './cslNames'

/** The inputs every CSL-based format shares. */
export interface CslSource {
  findings: readonly Finding[]
  repositories: readonly Repository[]
  entities?: readonly ExportEntity[]
}

/** CSL-JSON items of findings already selected and ordered; `extended` adds the workbench `custom` block. */
export function cslItems(source: CslSource, extended: boolean): CslItem[] {
  const context = {
    repositories: new Map(source.repositories.map((r) => [r.id, r])),
    entities: new Map((source.entities ?? []).map((e) => [e.id, e])),
    extended,
  }
  return source.findings.map((finding) => cslItem(finding, context))
}

/**
 * The CSL-JSON file: an array, two-space indented, UTF-8 text with no HTML entities or `\u`
 * escapes for non-Latin scripts, and a final newline. Same input, same bytes.
 */
export function cslJsonFile(items: readonly CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`
}
