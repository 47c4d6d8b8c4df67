import { useMemo, useState } from 'react'
import type { Essay } from '../../../../shared/model/essay'
import { STANCES } from '../../../../shared/model/findingVocab'
import { Combobox, type ComboOption } from './Combobox'
import { controlId, type ClaimLinkForm } from './formModel'
import { FieldError, humanize, useEditor } from './editorContext'
import { SectionPicker } from './SectionPicker'

/** Sections and paragraphs of the essay as claim-link targets. */
function targetsOf(essay: Essay): (ComboOption & { kind: 'section' | 'paragraph'; search: string })[] {
  return essay.sections.flatMap((section) => [
    { id: section.slug, kind: 'section' as const, label: section.title, detail: section.slug, search: `${section.slug} ${section.title}` },
    ...section.paragraphs.map((p) => {
      const text = p.runs.map((r) => r.text).join('')
      return { id: p.id, kind: 'paragraph' as const, label: p.id, detail: `${text.slice(0, 70)}…`, search: `${p.id} ${text}` }
    }),
  ])
}

function ClaimLinkRow({ index, link, targets }: { index: number; link: ClaimLinkForm; targets: ReturnType<typeof targetsOf> }) {
  const { form, set, errors } = useEditor()
  const [text, setText] = useState('')
  const path = `claim_links.${index}`
  const update = (change: Partial<ClaimLinkForm>) =>
    set('claim_links', form.claim_links.map((l, i) => (i === index ? { ...l, ...change } : l)))
  const options = useMemo(() => {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean)
    return words.length === 0 ? [] : targets.filter((t) => words.every((w) => t.search.toLowerCase().includes(w))).slice(0, 20)
  }, [text, targets])
  const chosen = link.target === 'passage' ? `Passage in ${link.targetId}: “${link.passage?.quote.exact ?? ''}”` : targets.find((t) => t.id === link.targetId)?.label
  return (
    <li className="claim-link" aria-label={`Claim link ${index + 1}`} id={controlId(path)} tabIndex={-1}>
      {link.target === 'passage' ? (
        <p className="passage-quote" id={controlId(`${path}.passage`)} tabIndex={-1}>{chosen}</p>
      ) : (
        <div className="field">
          <Combobox
            id={controlId(`${path}.target`)}
            label={`Claim ${index + 1}: section or paragraph`}
            text={text}
            onText={setText}
            options={options}
            onPick={(option) => {
              const target = targets.find((t) => t.id === option.id)
              update({ target: target?.kind ?? 'section', targetId: option.id })
              setText('')
            }}
            placeholder={chosen ? 'Type to change' : 'Type a slug, paragraph id or words'}
            describedBy={`${controlId(path)}-chosen`}
          />
          <p id={`${controlId(path)}-chosen`} className="field-hint">{chosen ?? 'Nothing chosen yet'}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={controlId(`${path}.stance`)}>Stance</label>
        <select id={controlId(`${path}.stance`)} value={link.stance} onChange={(e) => update({ stance: e.target.value })}>
          <option value="">—</option>
          {STANCES.map((s) => (
            <option key={s} value={s}>{humanize(s)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={controlId(`${path}.note`)}>Note</label>
        <input id={controlId(`${path}.note`)} value={link.note} onChange={(e) => update({ note: e.target.value })} />
      </div>
      <button type="button" onClick={() => set('claim_links', form.claim_links.filter((_, i) => i !== index))}>
        Remove claim {index + 1}
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
  const targets = useMemo(() => (essay ? targetsOf(essay) : []), [essay])
  function addLink(): void {
    set('claim_links', [...form.claim_links, { target: 'section', targetId: '', stance: '', note: '' }])
    const index = form.claim_links.length
    requestAnimationFrame(() => document.getElementById(controlId(`claim_links.${index}.target`))?.focus())
  }
  return (
    <fieldset className="group">
      <legend>Essay</legend>
      {essay && <SectionPicker sections={essay.sections} />}
      <ol className="claim-links" id={controlId('claim_links')} tabIndex={-1}>
        {form.claim_links.map((link, i) => (
          <ClaimLinkRow key={i} index={i} link={link} targets={targets} />
        ))}
      </ol>
      <button type="button" onClick={addLink}>
        Add claim link
      </button>
    </fieldset>
  )
}
