import type { Api } from '../../shared/api/contract'
import type { Essay } from '../../shared/model/essay'
import type { ExportFormat } from '../../shared/model/export'
import type { Finding } from '../../shared/model/finding'
import type { Db } from '../db/types'
import type { FindingService } from '../findings/findingService'
import { documentIdFor } from '../findings/materialize'
import { repositoryFromInput } from '../findings/newRepository'
import type { createRepositories } from '../findings/repositories'
import type { Repository } from '../../shared/model/repository'
import { citationContext } from './citationItem'
import { citeFinding, describeReport, loadBibtexReader, loadCitationStyle, parseReferences, runExport, type ExportEntity } from '.'

type ExportsApi = Pick<Api, 'export.run' | 'export.cite' | 'export.importRefs'>

const EXTENSIONS: Record<ExportFormat, string> = {
  'csl-json': 'json',
  'csl-json-strict': 'json',
  bibtex: 'bib',
  biblatex: 'bib',
  ris: 'ris',
  csv: 'csv',
  markdown: 'md',
}

/** Exports for people and tools (issue 7) over the library's findings. */
export function createExportsApi(
  db: Db,
  findings: FindingService,
  repositories: ReturnType<typeof createRepositories>,
  resourcesDir: string,
  essay: Essay,
): ExportsApi {
  const style = loadCitationStyle(resourcesDir)
  const sections = essay.sections.map((s) => ({ slug: s.slug, title: s.title, level: s.level, paragraphs: s.paragraphs.map((p) => p.id) }))
  const allFindings = db.prepare<[], { data: string }>('SELECT data FROM findings ORDER BY id')
  const sameTitle = db.prepare<[string, string], unknown>(
    'SELECT 1 FROM findings WHERE document_id = ? AND title = ? AND deleted = 0',
  )
  const documentKnown = db.prepare<[string], unknown>('SELECT 1 FROM documents WHERE id = ?')
  const entityRows = db.prepare<[], { id: string; type: string; preferred_name: string; names: string }>(
    `SELECT e.id, e.type, e.preferred_name,
       (SELECT json_group_array(json_object('form', n.form, 'lang', n.lang, 'script', n.script, 'scheme', n.scheme,
                 'relation', n.relation, 'preferred', json(CASE n.preferred WHEN 1 THEN 'true' ELSE 'false' END)))
          FROM (SELECT * FROM entity_names WHERE entity_id = e.id ORDER BY ordinal) n) AS names
     FROM entities e`,
  )
  const exportEntities = (): ExportEntity[] =>
    entityRows.all().map((row) => ({ ...row, names: JSON.parse(row.names) as ExportEntity['names'] }))

  return {
    'export.run': ({ format, filter, bom, keep_formulas, omit_citation_notes }) => {
      const stored = allFindings.all().map((row) => JSON.parse(row.data) as Finding)
      const { content, report } = runExport({
        format,
        findings: stored,
        repositories: repositories.list(),
        sections,
        filter,
        options: {
          bom,
          citation: style,
          entities: exportEntities(),
          keepFormulas: keep_formulas,
          omitCitationNotes: omit_citation_notes,
        },
      })
      return { content, report, summary: describeReport(report), file_name: `findings.${EXTENSIONS[format]}` }
    },
    'export.cite': ({ id }) => {
      const finding = findings.get(id)
      return citeFinding(finding, citationContext(repositories.list(), exportEntities()), style)
    },
    'export.importRefs': async ({ text, format, dry_run, create_repositories }) => {
      if (format === 'bibtex') await loadBibtexReader()
      const known = repositories.list()
      const first = parseReferences(text, format, known)
      // Archives not in the list become repositories when asked (a dry run only says which).
      const added = create_repositories ? newRepositories(first.unknownArchives.map((a) => a.name), known) : []
      const parsed = added.length > 0 ? parseReferences(text, format, [...known, ...added]) : first
      if (!dry_run) for (const repository of added) repositories.add(repository)
      const fresh = parsed.drafts.filter(({ draft, reference_key }) => {
        if (reference_key === null) return true
        return !sameTitle.get(documentIdFor(draft.repository_id, reference_key), draft.title_or_description)
      })
      const sameDocument = fresh.filter(
        ({ draft, reference_key }) => reference_key !== null && documentKnown.get(documentIdFor(draft.repository_id, reference_key)),
      ).length
      const ids = dry_run || fresh.length === 0 ? [] : findings.createBatch(fresh.map((d) => d.draft)).map((f) => f.id)
      return {
        created: fresh.length,
        unchanged: parsed.drafts.length - fresh.length,
        same_document: sameDocument,
        ids,
        problems: parsed.problems,
        unknown_repositories: first.unknownArchives,
        repositories_created: added.map(({ id, name }) => ({ id, name })),
      }
    },
  }
}

/** Repositories for archive names a reference file gave, each checked against those before it. */
function newRepositories(names: readonly string[], known: readonly Repository[]): Repository[] {
  const added: Repository[] = []
  for (const name of names) {
    const repository = repositoryFromInput({ name }, [...known, ...added])
    if (![...known, ...added].some((r) => r.id === repository.id)) added.push(repository)
  }
  return added
}
