import { useMemo, useState } from 'react'
import type { Essay } from '../../../../shared/model/essay'
import { STANCES } from '../../../../shared/model/findingVocab'
import { Combobox, type ComboOption } from './Combobox'
import { controlId, type ClaimLinkForm } from './formModel'
import type { Labels } from '../../../../shared/vocabulary'
import { useLabels, useT } from '../../i18n'
import { FieldError, useEditor } from './editorContext'
import { SectionPicker } from './SectionPicker'

/** Sections and paragraphs of the essay as claim-link targets. */
function targetsOf(essay: Essay, labels: Labels): (ComboOption & { kind: 'section' | 'paragraph'; search: string })[] {
  return essay.sections.flatMap((section) => [
    { id: section.slug, kind: 'section' as const, label: section.title, search: `${section.slug} ${section.title}` },
    ...section.paragraphs.map((p) => {
      const text = p.runs.map((r) => r.text).join('')
      const label = labels.paragraph(p.id, () => section.title)
      return { id: p.id, kind: 'paragraph' as const, label, detail: `${text.slice(0, 70)}…`, search: `${p.id} ${section.title} ${text}` }
    }),
  ])
}

function ClaimLinkRow({ index, link, targets }: { index: number; link: ClaimLinkForm; targets: ReturnType<typeof targetsOf> }) {
  const { form, set, errors } = useEditor()
  const [text, setText] = useState('')
  const t = useT()
  const labels = useLabels()
  const path = `claim_links.${index}`
  const n = index + 1
  const update = (change: Partial<ClaimLinkForm>) =>
    set('claim_links', form.claim_links.map((l, i) => (i === index ? { ...l, ...change } : l)))
  const options = useMemo(() => {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean)
    return words.length === 0 ? [] : targets.filter((t) => words.every((w) => t.search.toLowerCase().includes(w))).slice(0, 20)
  }, [text, targets])
  const paragraphOf = (id: string) => targets.find((target) => target.id === id)?.label ?? labels.paragraph(id, () => undefined)
  const chosen =
    link.target === 'passage'
      ? t('editor.passageIn', { paragraph: paragraphOf(link.targetId), quote: link.passage?.quote.exact ?? '' })
      : targets.find((target) => target.id === link.targetId)?.label
  return (
    <li className="claim-link" aria-label={t('editor.claim', { n })} id={controlId(path)} tabIndex={-1}>
      {link.target === 'passage' ? (
        <p className="passage-quote" id={controlId(`${path}.passage`)} tabIndex={-1}>{chosen}</p>
      ) : (
        <div className="field">
          <Combobox
            id={controlId(`${path}.target`)}
            label={t('editor.claimTarget', { n })}
            text={text}
            onText={setText}
            options={options}
            onPick={(option) => {
              const target = targets.find((candidate) => candidate.id === option.id)
              update({ target: target?.kind ?? 'section', targetId: option.id })
              setText('')
            }}
            placeholder={chosen ? t('editor.typeToChange') : t('editor.claimPlaceholder')}
            describedBy={`${controlId(path)}-chosen`}
          />
          <p id={`${controlId(path)}-chosen`} className="field-hint">{chosen ?? t('editor.nothingChosen')}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={controlId(`${path}.stance`)}>{labels.field('stance')}</label>
        <select id={controlId(`${path}.stance`)} value={link.stance} onChange={(e) => update({ stance: e.target.value })}>
          <option value="">—</option>
          {STANCES.map((s) => (
            <option key={s} value={s}>{labels.vocab('stance', s)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={controlId(`${path}.note`)}>{labels.field('note')}</label>
        <input id={controlId(`${path}.note`)} value={link.note} onChange={(e) => update({ note: e.target.value })} />
      </div>
      <button type="button" onClick={() => set('claim_links', form.claim_links.filter((_, i) => i !== index))}>
        {t('editor.removeClaim', { n })}
      </button>
      <FieldError path={path} />
      {Object.entries(errors).filter(([p]) => p.startsWith(`${path}.`)).map(([p, message]) => (
        <p key={p} className="field-error" role="alert">{message}</p>
      ))}
    </li>
  )
}

/** Essay sections the finding bears on, and claim links with a stance. */
export function EssayFields({ essay }: { essay: Essay | undefined }) {
  const { form, set } = useEditor()
  const t = useT()
  const labels = useLabels()
  const targets = useMemo(() => (essay ? targetsOf(essay, labels) : []), [essay, labels])
  function addLink(): void {
    set('claim_links', [...form.claim_links, { target: 'section', targetId: '', stance: '', note: '' }])
    const index = form.claim_links.length
    requestAnimationFrame(() => document.getElementById(controlId(`claim_links.${index}.target`))?.focus())
  }
  return (
    <fieldset className="group">
      <legend>{t('editor.group.essay')}</legend>
      {essay && <SectionPicker sections={essay.sections} />}
      <ol className="claim-links" id={controlId('claim_links')} tabIndex={-1}>
        {form.claim_links.map((link, i) => (
          <ClaimLinkRow key={i} index={i} link={link} targets={targets} />
        ))}
      </ol>
      <button type="button" onClick={addLink}>
        {t('editor.addClaim')}
      </button>
    </fieldset>
  )
}
