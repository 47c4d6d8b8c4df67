import { useRef, useState, type DragEvent } from 'react'
import { formatInstant } from '../../../../shared/i18n/format'
import { currentLocale, useT } from '../../i18n'
import { openFindingEditor } from '../findingEditor/openEditor'
import './dayImport.css'
import { ReviewBoard } from './ReviewBoard'
import { useDayImport, type DayImport } from './useDayImport'

const ACCEPT = '.jpg,.jpeg,.png,.tif,.tiff,.webp,.heic,.heif,.pdf,image/*,application/pdf'

/** Files from a drop, folders included (their files, one level after another). */
async function droppedFiles(event: DragEvent): Promise<File[]> {
  const entries = [...event.dataTransfer.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e)
  if (entries.length === 0) return [...event.dataTransfer.files]
  const files: File[] = []
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.name.startsWith('.')) return
    if (entry.isFile) files.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)))
    else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader()
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
        if (batch.length === 0) break
        for (const child of batch) await walk(child)
      }
    }
  }
  for (const entry of entries) await walk(entry)
  return files
}

function StartScreen({ day }: { day: DayImport }) {
  const filesInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const t = useT()
  const pick = (input: HTMLInputElement | null, label?: string) => {
    const files = [...(input?.files ?? [])].filter((f) => !f.name.startsWith('.'))
    if (files.length > 0) void day.addFiles(files, label ?? (files[0]?.webkitRelativePath.split('/')[0] || t('day.droppedFiles')))
    if (input) input.value = ''
  }
  return (
    <section className="panel day-start" aria-labelledby="day-start-heading">
      <h2 id="day-start-heading">{t('day.startTitle')}</h2>
      <p>{t('day.startHint')}</p>
      <div
        className={`drop-zone${over ? ' drop-zone-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault()
          setOver(false)
          void droppedFiles(e).then((files) => day.addFiles(files.filter((f) => !f.name.startsWith('.')), t('day.droppedFiles')))
        }}
      >
        <div className="dialog-actions">
          {day.folderDialog ? (
            <button type="button" className="primary" onClick={() => void day.chooseFolder()}>
              {t('day.chooseFolder')}
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => folderInput.current?.click()}>
              {t('day.chooseFolder')}
            </button>
          )}
          <button type="button" onClick={() => filesInput.current?.click()}>
            {t('day.choosePhotos')}
          </button>
        </div>
        <p className="hint">{t('day.orDrop')}</p>
        <input ref={filesInput} type="file" multiple accept={ACCEPT} hidden aria-label={t('day.filesInput')} onChange={(e) => pick(e.currentTarget)} />
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          aria-label={t('day.folderInput')}
          {...{ webkitdirectory: '', directory: '' }}
          onChange={(e) => pick(e.currentTarget)}
        />
      </div>
      {day.unfinished.length > 0 && (
        <>
          <h3>{t('day.unfinished')}</h3>
          <ul className="day-unfinished">
            {day.unfinished.map((item) => (
              <li key={item.id}>
                <button type="button" className="link-button" onClick={() => void day.resume(item.id)}>
                  {t('day.unfinishedItem', { label: item.label, pages: t('day.pages', { count: item.pages }), time: formatInstant(item.created_at, currentLocale()) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

/** "Import a day": choose or drop the day's photos, follow the import, review the documents, make drafts. */
export function DayImportView() {
  const day = useDayImport()
  const { stage } = day
  const t = useT()
  return (
    <main id="main" className="day-import" aria-label={t('view.import')}>
      {day.problem && (
        <p role="alert" className="form-error">
          {day.problem}
        </p>
      )}
      {stage.kind === 'start' && <StartScreen day={day} />}
      {stage.kind === 'adding' && (
        <section className="panel import-progress" aria-live="polite">
          <h2>{t('day.reading')}</h2>
          <p>
            {stage.total > 0 ? t('day.filesRead', { done: stage.done, total: stage.total }) : t('day.waitingFolder')}
            {stage.cancelling && t('day.stopping')}
          </p>
          <progress max={Math.max(1, stage.total)} value={stage.done} aria-label={t('day.filesReadLabel')} />
          <div className="dialog-actions">
            <button type="button" onClick={() => void day.cancel()} disabled={stage.cancelling}>
              {t('day.stop')}
            </button>
          </div>
        </section>
      )}
      {stage.kind === 'review' && day.session && day.proposal && <ReviewBoard day={day} session={day.session} proposal={day.proposal} />}
      {stage.kind === 'done' && (
        <section className="panel" aria-live="polite">
          <h2>{t('day.draftsMade')}</h2>
          <p>{t('day.draftsDone', { count: stage.drafts })}</p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => openFindingEditor()}>
              {t('day.openDrafts')}
            </button>
            <button type="button" onClick={() => void day.discard()}>
              {t('day.another')}
            </button>
          </div>
        </section>
      )}
    </main>
  )
}
