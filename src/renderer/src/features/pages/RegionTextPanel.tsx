import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { PageRegion, RegionTextField } from '../../../../shared/model/pages'
import { offsetInParagraph } from '../essay/passages'
import { piecesOf, placeRegions, regionLabel, type PlacedRegion } from './regions'
import type { MessageId } from '../../../../shared/i18n/messageIds'
import { useT } from '../../i18n'

export interface TextSelection {
  field: RegionTextField
  start: number
  end: number
}

interface Props {
  texts: Partial<Record<RegionTextField, string>>
  field: RegionTextField
  onField(field: RegionTextField): void
  lang: string
  regions: readonly PageRegion[]
  highlighted: ReadonlySet<string>
  onActivate(region: PageRegion): void
  onSelection(selection: TextSelection | undefined, placed: readonly PlacedRegion[]): void
}

/** The texts a region can link to, each named by its field's label. */
const FIELD_LABELS: Record<RegionTextField, MessageId> = { transcription: 'field.transcription', translation_en: 'field.translation_en' }

/**
 * The finding's transcription or translation beside the page: passages linked to regions are
 * marked (click one to see its region); selecting text reports the selection, so the viewer can
 * show the regions it overlaps or link a newly drawn one to it.
 */
export function RegionTextPanel({ texts, field, onField, lang, regions, highlighted, onActivate, onSelection }: Props) {
  const text = texts[field] ?? ''
  const { placed, orphans } = useMemo(() => placeRegions(text, field, regions), [text, field, regions])
  const container = useRef<HTMLDivElement>(null)
  const t = useT()
  const report = useRef(onSelection)
  useLayoutEffect(() => {
    report.current = onSelection
  })

  useEffect(() => {
    const onChange = () => {
      const element = container.current
      const selection = document.getSelection()
      if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) return report.current(undefined, placed)
      const range = selection.getRangeAt(0)
      if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return
      const start = offsetInParagraph(element, range.startContainer, range.startOffset, text.length)
      const end = offsetInParagraph(element, range.endContainer, range.endOffset, text.length)
      report.current(end > start && text.slice(start, end).trim() !== '' ? { field, start, end } : undefined, placed)
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [placed, text, field])

  useEffect(() => {
    container.current?.querySelector('mark.is-highlighted')?.scrollIntoView({ block: 'nearest' })
  }, [highlighted])

  const fields = (Object.keys(FIELD_LABELS) as RegionTextField[]).filter((f) => (texts[f] ?? '') !== '')
  return (
    <section className="region-text-panel" aria-label={t('regions.documentText')}>
      <div role="tablist" aria-label={t('regions.whichText')} className="region-text-tabs">
        {fields.map((f) => (
          <button key={f} type="button" role="tab" aria-selected={f === field} onClick={() => onField(f)}>
            {t(FIELD_LABELS[f])}
          </button>
        ))}
      </div>
      {text === '' ? (
        <p className="muted">{t('regions.noText')}</p>
      ) : (
        <div ref={container} className="region-text" lang={field === 'transcription' ? lang : 'en'} role="tabpanel" aria-label={t(FIELD_LABELS[field])}>
          {piecesOf(text, placed).map((piece) =>
            piece.regions.length === 0 ? (
              <span key={piece.start}>{piece.text}</span>
            ) : (
              <mark
                key={piece.start}
                className={piece.regions.some((r) => highlighted.has(r.id)) ? 'is-highlighted' : undefined}
                title={t('regions.showOnPage')}
                onClick={() => onActivate(piece.regions[0]!)}
              >
                {piece.text}
              </mark>
            ),
          )}
        </div>
      )}
      {orphans.length > 0 && (
        <div className="notice" role="note">
          <p>{t('regions.orphans', { count: orphans.length })}</p>
          <ul>
            {orphans.map((region) => (
              <li key={region.id}>
                <button type="button" className="link-button" onClick={() => onActivate(region)}>
                  {regionLabel(region, t)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
