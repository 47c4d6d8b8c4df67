import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import type { RemovedAttachment } from '../../../../shared/model/attachment'
import type { PageRef } from '../../../../shared/model/pages'
import { call } from '../../api/client'
import { PageThumbnail } from '../pages/PageThumbnail'
import { moveAnnouncement, moveItem } from '../pages/pageList'
import { PageViewer } from '../pages/PageViewer'
import { usePageFiles } from '../pages/usePageFiles'
import { readAttachment } from './attachmentFiles'
import { useEditor } from './editorContext'
import { formatInstant } from '../../../../shared/i18n/format'
import { currentLocale, useT } from '../../i18n'

/** The drag type of a page being reordered (files dragged in from the desktop carry `Files`). */
const PAGE_DRAG = 'application/x-workbench-page'

/**
 * The finding's pages, in order, as part of the edit: dropped or picked files are stored at once
 * but become pages only when the finding is saved; moving (drag, or Alt+Up/Down) and removing
 * are undone by closing without saving. Removed pages, from this edit or earlier ones, can be
 * put back.
 */
export function PagesField({ findingId }: { findingId?: string }) {
  const { form, set } = useEditor()
  const t = useT()
  const pages = form.attachments
  const { files, remember } = usePageFiles(pages.map((p) => p.sha256))
  const [message, setMessage] = useState<string>()
  const [announcement, setAnnouncement] = useState('')
  const [lastRemoved, setLastRemoved] = useState<{ page: PageRef; index: number }>()
  const [history, setHistory] = useState<RemovedAttachment[]>([])
  const [viewing, setViewing] = useState<number>()
  const [busy, setBusy] = useState(false)
  const list = useRef<HTMLOListElement>(null)
  const focusAfter = useRef<string>(undefined)

  useEffect(() => {
    if (!findingId) return
    call('attachments.removed', { finding_id: findingId }).then(setHistory, () => setHistory([]))
  }, [findingId])
  useEffect(() => {
    if (!focusAfter.current) return
    const target = list.current?.querySelector<HTMLElement>(`[data-page="${focusAfter.current}"]`) ?? document.getElementById('fe-attachments')
    target?.focus()
    focusAfter.current = undefined
  }, [pages])

  const setPages = (next: PageRef[]) => set('attachments', next)

  async function addFiles(chosen: readonly File[]): Promise<void> {
    setMessage(undefined)
    setBusy(true)
    const added: PageRef[] = []
    const problems: string[] = []
    for (const file of chosen) {
      try {
        const { preview: _preview, ...upload } = await readAttachment(file)
        const stored = await call('attachments.store', upload)
        remember(stored)
        if (!pages.some((p) => p.sha256 === stored.sha256) && !added.some((p) => p.sha256 === stored.sha256)) added.push({ sha256: stored.sha256, name: stored.name })
      } catch (error) {
        problems.push((error as Error).message)
      }
    }
    setBusy(false)
    if (problems.length > 0) setMessage(problems.join(' '))
    if (added.length > 0) {
      setPages([...pages, ...added])
      setAnnouncement(t('pages.added', { count: added.length }))
    }
  }

  function move(from: number, to: number): void {
    if (to < 0 || to >= pages.length || from === to) return
    const page = pages[from]!
    focusAfter.current = page.sha256
    setPages(moveItem(pages, from, to))
    setAnnouncement(moveAnnouncement(page.name, to, pages.length, t))
  }

  function remove(index: number): void {
    const page = pages[index]!
    // The button goes with the page: the focus moves to the next page (or the one before), not to the page's body.
    focusAfter.current = (pages[index + 1] ?? pages[index - 1])?.sha256 ?? 'none'
    setPages(pages.filter((_, i) => i !== index))
    setLastRemoved({ page, index })
    setAnnouncement(t('pages.removedUntilSave', { name: page.name }))
  }

  function putBack(page: PageRef, index = pages.length): void {
    if (pages.some((p) => p.sha256 === page.sha256)) return
    focusAfter.current = page.sha256
    setPages(moveItem([...pages, page], pages.length, index))
    setLastRemoved(undefined)
    setAnnouncement(t('pages.putBackAs', { name: page.name, n: Math.min(index, pages.length) + 1 }))
  }

  function onKeyDown(event: KeyboardEvent, index: number): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    event.preventDefault()
    move(index, index + (event.key === 'ArrowUp' ? -1 : 1))
  }

  function onDrop(event: DragEvent, index?: number): void {
    event.preventDefault()
    event.stopPropagation()
    const from = event.dataTransfer.getData(PAGE_DRAG)
    if (from !== '' && index !== undefined) move(Number(from), index)
    else if (event.dataTransfer.files.length > 0) void addFiles([...event.dataTransfer.files])
  }

  const restorable = history.filter((r) => !pages.some((p) => p.sha256 === r.sha256) && r.sha256 !== lastRemoved?.page.sha256)
  return (
    <fieldset className="group pages-field" onDragOver={(e) => e.preventDefault()} onDrop={(e) => onDrop(e)}>
      <legend>{t('pages.legend')}</legend>
      <label htmlFor="fe-attachments">{t('attachments.add')}</label>
      <input
        id="fe-attachments"
        type="file"
        multiple
        disabled={busy}
        accept="image/jpeg,image/png,image/gif,image/webp,image/tiff,application/pdf"
        onChange={(e) => {
          void addFiles([...(e.target.files ?? [])])
          e.target.value = ''
        }}
      />
      {pages.length > 1 && <p className="field-hint">{t('pages.reorderHint')}</p>}
      {message && <p className="field-error" role="alert">{message}</p>}
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
      <ol className="page-list" ref={list} aria-label={t('pages.inOrder')}>
        {pages.map((page, i) => (
          <li
            key={page.sha256}
            data-page={page.sha256}
            tabIndex={0}
            draggable
            aria-label={t('pages.pageOf', { n: i + 1, total: pages.length, name: page.name })}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            onKeyDown={(e) => onKeyDown(e, i)}
            onDragStart={(e) => e.dataTransfer.setData(PAGE_DRAG, String(i))}
            onDrop={(e) => onDrop(e, i)}
          >
            <span className="page-number" aria-hidden="true">{i + 1}</span>
            <PageThumbnail name={page.name} file={files.get(page.sha256)} onOpen={() => setViewing(i)} />
            <span className="file-name">{page.name}</span>
            <span className="page-actions">
              <button type="button" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={t('pages.moveUp', { name: page.name })} title={t('pages.moveUpTitle')}>↑</button>
              <button type="button" onClick={() => move(i, i + 1)} disabled={i === pages.length - 1} aria-label={t('pages.moveDown', { name: page.name })} title={t('pages.moveDownTitle')}>↓</button>
              <button type="button" onClick={() => remove(i)} aria-label={t('pages.remove', { name: page.name })} title={t('pages.removeTitle')}>×</button>
            </span>
          </li>
        ))}
      </ol>
      {lastRemoved && !pages.some((p) => p.sha256 === lastRemoved.page.sha256) && (
        <p className="page-undo" role="status">
          {t('pages.removed', { name: lastRemoved.page.name })}{' '}
          <button type="button" onClick={() => putBack(lastRemoved.page, lastRemoved.index)}>{t('pages.undo')}</button>
        </p>
      )}
      {restorable.length > 0 && (
        <details className="removed-pages">
          <summary>{t('pages.removedEarlier', { n: restorable.length })}</summary>
          <ul>
            {restorable.map((r) => (
              <li key={r.sha256}>
                {r.name} <span className="muted">{t('pages.removedOn', { date: formatInstant(r.removed_at, currentLocale()) })}</span>{' '}
                <button type="button" onClick={() => putBack({ sha256: r.sha256, name: r.name })} aria-label={t('pages.putBackName', { name: r.name })}>{t('pages.putBack')}</button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {viewing !== undefined && <PageViewer pages={pages} start={viewing} onClose={() => setViewing(undefined)} />}
    </fieldset>
  )
}
