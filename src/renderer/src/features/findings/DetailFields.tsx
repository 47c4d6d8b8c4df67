import { Children, isValidElement, type ReactNode } from 'react'
import type { Finding } from '../../../../shared/model/finding'
import type { AgentRef, ClaimLink } from '../../../../shared/model/findingParts'
import { ViewLink } from '../../navigation'
import { rightLabel } from '../../../../shared/findings/fieldLabels'
import { humanize, languageName } from './labels'

interface Props {
  finding: Finding
  repositoryName(id: string): string
}

/**
 * Every field of a finding, grouped as a researcher reads a citation: source, date, title and
 * document, people, texts, essay links, assessment, copy and access, rights, record. Original-
 * script text carries the finding's language tag so it is shaped and voiced correctly.
 */
export function DetailFields({ finding: f, repositoryName }: Props) {
  const lang = f.original_language
  return (
    <div className="detail-groups">
      <Group title="Source">
        <Field label="Repository" value={repositoryName(f.repository_id)} />
        <Field label="Reference as written" value={f.reference_raw} />
        <Field label="Why the reference is unknown" value={f.reference_unknown_reason} />
        <Field label="Pages" value={f.pages} />
        <Field label="Reference key" value={f.reference_key} />
      </Group>
      <Group title="Date">
        <Field label="Date (EDTF)" value={f.doc_date} />
        <Field label="As written" value={f.doc_date_as_written} lang={lang} />
        <Field label="Certainty" value={humanize(f.doc_date_certainty)} />
        <Field label="Precision" value={humanize(f.doc_date_precision)} />
      </Group>
      <Group title="Title and document">
        <Field label="Original title" value={f.title_original} lang={lang} />
        <Field label="Romanized title" value={f.title_romanized && `${f.title_romanized} (${f.romanization_scheme ?? 'scheme not given'})`} />
        <Field label="Type" value={humanize(f.doc_type)} />
        <Field label="Language" value={`${languageName(lang)} (${lang})`} />
        <Field label="Classification as marked" value={f.classification_original} lang={lang} />
        <Field label="Classification level" value={f.classification_level && humanize(f.classification_level)} />
        <Field label="Precedence" value={f.precedence} lang={lang} />
      </Group>
      <Group title="People and institutions">
        <Field label="Creators" value={agents(f.creators)} />
        <Field label="Recipients" value={agents(f.recipients)} />
        <Field label="Participants" value={agents(f.participants)} />
        <Field label="Entities" value={links(f.entities, (id) => ({ view: 'entities', entityId: id }))} />
        <Field label="Events" value={links(f.events, (id) => ({ view: 'timeline', eventId: id }))} />
      </Group>
      <Group title="Texts">
        <Field label="Summary" value={f.summary_en} lang="en" />
        <Field label={`Transcription${f.transcription_status ? ` (${humanize(f.transcription_status)})` : ''}`} value={f.transcription} lang={lang} long />
        <Field label={`Translation${f.translation_machine_assisted ? ' (machine-assisted)' : ''}`} value={f.translation_en} lang="en" long />
      </Group>
      <Group title="Essay">
        <Field label="Sections" value={links(f.essay_sections, (slug) => ({ view: 'essay', anchor: slug }))} />
        <Field label="Claims" value={f.claim_links.length > 0 ? <ClaimList claims={f.claim_links} /> : undefined} />
      </Group>
      <Group title="Assessment">
        <Field label="Confidence" value={humanize(f.confidence)} />
        <Field label="Tags" value={f.tags.length > 0 ? f.tags.join(', ') : undefined} />
      </Group>
      <Group title="Copy and access">
        <Field label="Copy" value={humanize(f.copy_type)} />
        <Field label="Provenance" value={f.provenance_note} />
        <Field label="Supplied by" value={f.supplied_by} />
        <Field label="Viewed on" value={f.viewed_on} />
        <Field label="Access when viewed" value={f.access_status_at_viewing && humanize(f.access_status_at_viewing)} />
        <Field label="Access now" value={f.access_status_current && `${humanize(f.access_status_current)}${f.access_status_as_of ? ` (as of ${f.access_status_as_of})` : ''}`} />
        <Field label="Published translation" value={f.published_translation && [f.published_translation.repository, f.published_translation.record_id, f.published_translation.translator, ...f.published_translation.url].filter(Boolean).join(' · ')} />
      </Group>
      <Group title="Rights">
        <Field label="Flags" value={f.rights.length > 0 ? f.rights.map(rightLabel).join('; ') : 'None recorded'} />
      </Group>
      <Group title="Record">
        <Field label="Created" value={`${f.created_at.slice(0, 16).replace('T', ' ')} by device ${f.created_by}`} />
        <Field label="Updated" value={`${f.updated_at.slice(0, 16).replace('T', ' ')} by device ${f.updated_by}`} />
        <Field label="Finding id" value={f.id} />
        <Field label="Document id" value={f.document_id} />
      </Group>
    </div>
  )
}

const isEmpty = (value: ReactNode): boolean => value === undefined || value === null || value === ''

/** A titled group of fields; left out altogether when none of its fields has a value. */
function Group({ title, children }: { title: string; children: ReactNode }) {
  const filled = Children.toArray(children).filter(
    (child) => isValidElement<{ value: ReactNode }>(child) && !isEmpty(child.props.value),
  )
  if (filled.length === 0) return null
  return (
    <section className="detail-group">
      <h3>{title}</h3>
      <dl>{filled}</dl>
    </section>
  )
}

/** One labelled value (its group leaves it out when empty, so the groups stay short). */
function Field({ label, value, lang, long }: { label: string; value: ReactNode; lang?: string; long?: boolean }) {
  return (
    <div className="detail-field">
      <dt>{label}</dt>
      <dd lang={lang} className={long ? 'long-text' : undefined}>
        {value}
      </dd>
    </div>
  )
}

function agents(list: readonly AgentRef[]): string | undefined {
  if (list.length === 0) return undefined
  return list.map((a) => [a.name ?? a.entity_id, a.role && `(${a.role})`].filter(Boolean).join(' ')).join('; ')
}

type Target = Parameters<typeof ViewLink>[0]['to']

function links(ids: readonly string[], to: (id: string) => Target): ReactNode {
  if (ids.length === 0) return undefined
  return (
    <ul className="inline-list">
      {ids.map((id) => (
        <li key={id}>
          <ViewLink to={to(id)}>{id}</ViewLink>
        </li>
      ))}
    </ul>
  )
}

function ClaimList({ claims }: { claims: readonly ClaimLink[] }) {
  return (
    <ul>
      {claims.map((claim, i) => (
        <li key={i}>
          <span className={`stance stance-${claim.stance}`}>{humanize(claim.stance)}</span>{' '}
          {claim.essay_paragraph_id ?? claim.essay_section ?? `passage in ${claim.passage?.paragraph_id ?? '?'}`}
          {claim.passage && <q>{claim.passage.quote?.exact ?? ''}</q>}
          {claim.note && <span className="muted"> — {claim.note}</span>}
        </li>
      ))}
    </ul>
  )
}
