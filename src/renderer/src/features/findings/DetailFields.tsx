import { Children, isValidElement, type ReactNode } from 'react'
import type { Finding } from '../../../../shared/model/finding'
import type { AgentRef, ClaimLink } from '../../../../shared/model/findingParts'
import { ViewLink } from '../../navigation'
import { formatDay, formatEdtf, formatInstant } from '../../../../shared/i18n/format'
import { currentLocale, useLabels, useT } from '../../i18n'
import { useDeviceName, useEssayNames, useRecordNames } from '../../i18n/useNames'
import { LongText } from './LongText'

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
  const t = useT()
  const labels = useLabels()
  const names = useRecordNames()
  const essay = useEssayNames()
  const deviceName = useDeviceName()
  const locale = currentLocale()
  const lang = f.original_language
  const vocab = labels.vocab
  const when = (at: string, device: string) => t('detail.when', { date: formatInstant(at, locale), device: deviceName(device) })
  return (
    <div className="detail-groups">
      <Group title={t('group.source')}>
        <Field label={t('field.repository_id')} value={repositoryName(f.repository_id)} />
        <Field label={t('field.reference_raw')} value={f.reference_raw} />
        <Field label={t('field.reference_unknown_reason')} value={f.reference_unknown_reason} />
        <Field label={t('field.pages')} value={f.pages} />
      </Group>
      <Group title={t('group.date')}>
        <Field label={t('group.date')} value={formatEdtf(f.doc_date, locale, t)} />
        <Field label={t('detail.asWritten')} value={f.doc_date_as_written} lang={lang} />
        <Field label={t('detail.certainty')} value={vocab('dateCertainty', f.doc_date_certainty)} />
        <Field label={t('detail.precision')} value={vocab('datePrecision', f.doc_date_precision)} />
      </Group>
      <Group title={t('group.title')}>
        <Field label={t('field.title_original')} value={f.title_original} lang={lang} />
        <Field
          label={t('field.title_romanized')}
          value={f.title_romanized && t('detail.romanized', { title: f.title_romanized, scheme: f.romanization_scheme ? vocab('romanizationScheme', f.romanization_scheme) : t('detail.schemeNotGiven') })}
        />
        <Field label={t('detail.type')} value={vocab('docType', f.doc_type)} />
        <Field label={t('detail.language')} value={vocab('language', lang)} />
        <Field label={t('field.classification_original')} value={f.classification_original} lang={lang} />
        <Field label={t('field.classification_level')} value={f.classification_level && vocab('classificationLevel', f.classification_level)} />
        <Field label={t('field.precedence')} value={f.precedence} lang={lang} />
      </Group>
      <Group title={t('group.people')}>
        <Field label={t('field.creators')} value={agents(f.creators, names.entity)} />
        <Field label={t('field.recipients')} value={agents(f.recipients, names.entity)} />
        <Field label={t('field.participants')} value={agents(f.participants, names.entity)} />
        <Field label={t('field.entities')} value={links(f.entities, names.entity, (id) => ({ view: 'entities', entityId: id }))} />
        <Field label={t('field.events')} value={links(f.events, names.event, (id) => ({ view: 'timeline', eventId: id }))} />
      </Group>
      <Group title={t('group.texts')}>
        <Field label={t('detail.summary')} value={f.summary_en} lang="en" />
        <Field
          label={f.transcription_status ? t('detail.transcriptionWith', { status: vocab('transcriptionStatus', f.transcription_status) }) : t('field.transcription')}
          value={f.transcription && <LongText text={f.transcription} />}
          lang={lang}
          long
        />
        <Field label={f.translation_machine_assisted ? t('detail.translationMachine') : t('detail.translation')} value={f.translation_en && <LongText text={f.translation_en} />} lang="en" long />
      </Group>
      <Group title={t('group.essay')}>
        <Field label={t('detail.sections')} value={links(f.essay_sections, essay.section, (slug) => ({ view: 'essay', anchor: slug }))} />
        <Field label={t('detail.claims')} value={f.claim_links.length > 0 ? <ClaimList claims={f.claim_links} /> : undefined} />
      </Group>
      <Group title={t('group.assessment')}>
        <Field label={t('field.confidence')} value={vocab('confidence', f.confidence)} />
        <Field label={t('field.tags')} value={f.tags.length > 0 ? f.tags.join(', ') : undefined} />
      </Group>
      <Group title={t('group.copy')}>
        <Field label={t('detail.copy')} value={vocab('copyType', f.copy_type)} />
        <Field label={t('detail.provenance')} value={f.provenance_note} />
        <Field label={t('field.supplied_by')} value={f.supplied_by} />
        <Field label={t('field.viewed_on')} value={f.viewed_on && formatDay(f.viewed_on, locale)} />
        <Field label={t('field.access_status_at_viewing')} value={f.access_status_at_viewing && vocab('accessStatus', f.access_status_at_viewing)} />
        <Field
          label={t('field.access_status_current')}
          value={
            f.access_status_current &&
            (f.access_status_as_of
              ? t('detail.accessAsOf', { access: vocab('accessStatus', f.access_status_current), date: formatDay(f.access_status_as_of, locale) })
              : vocab('accessStatus', f.access_status_current))
          }
        />
        <Field label={t('field.published_translation')} value={f.published_translation && [repositoryName(f.published_translation.repository), f.published_translation.record_id, f.published_translation.translator, ...f.published_translation.url].filter(Boolean).join(' · ')} />
      </Group>
      <Group title={t('group.rights')}>
        <Field label={t('detail.flags')} value={f.rights.length > 0 ? f.rights.map((flag) => (flag === 'do_not_share' ? t('detail.doNotShare') : labels.right(flag))).join('; ') : t('detail.noRights')} />
      </Group>
      <Group title={t('group.record')}>
        <Field label={t('detail.created')} value={when(f.created_at, f.created_by)} />
        <Field label={t('detail.updated')} value={when(f.updated_at, f.updated_by)} />
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

function agents(list: readonly AgentRef[], entityName: (id: string) => string): string | undefined {
  if (list.length === 0) return undefined
  return list.map((a) => [a.name ?? (a.entity_id && entityName(a.entity_id)), a.role && `(${a.role})`].filter(Boolean).join(' ')).join('; ')
}

type Target = Parameters<typeof ViewLink>[0]['to']

function links(ids: readonly string[], name: (id: string) => string, to: (id: string) => Target): ReactNode {
  if (ids.length === 0) return undefined
  return (
    <ul className="inline-list">
      {ids.map((id) => (
        <li key={id}>
          <ViewLink to={to(id)}>{name(id)}</ViewLink>
        </li>
      ))}
    </ul>
  )
}

function ClaimList({ claims }: { claims: readonly ClaimLink[] }) {
  const t = useT()
  const labels = useLabels()
  const essay = useEssayNames()
  return (
    <ul>
      {claims.map((claim, i) => (
        <li key={i}>
          <span className={`stance stance-${claim.stance}`}>{labels.vocab('stance', claim.stance)}</span>{' '}
          {claim.essay_paragraph_id
            ? essay.paragraph(claim.essay_paragraph_id)
            : claim.essay_section
              ? essay.section(claim.essay_section)
              : t('detail.passageIn', { paragraph: essay.paragraph(claim.passage?.paragraph_id ?? '') })}
          {claim.passage && <q>{claim.passage.quote?.exact ?? ''}</q>}
          {claim.note && <span className="muted"> — {claim.note}</span>}
        </li>
      ))}
    </ul>
  )
}
