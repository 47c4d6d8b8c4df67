import { useRef, useState, type DragEvent } from 'react'
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
  const pick = (input: HTMLInputElement | null, label?: string) => {
    const files = [...(input?.files ?? [])].filter((f) => !f.name.startsWith('.'))
    if (files.length > 0) void day.addFiles(files, label ?? (files[0]?.webkitRelativePath.split('/')[0] || undefined))
    if (input) input.value = ''
  }
  return (
    <section className="panel day-start" aria-labelledby="day-start-heading">
      <h2 id="day-start-heading">Import a day of photos</h2>
      <p>
        Bring in a reading-room day at once: phone photos (JPEG, HEIC, PNG, TIFF, WebP) and scanned PDFs. The pages are sorted by the time they
        were taken and grouped into documents for you to check: new documents start at pauses and where a new archival reference appears.
        Pages photographed twice or blurred are pointed out before you leave the archive.
      </p>
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
          void droppedFiles(e).then((files) => day.addFiles(files.filter((f) => !f.name.startsWith('.'))))
        }}
      >
        <div className="dialog-actions">
          {day.folderDialog ? (
            <button type="button" className="primary" onClick={() => void day.chooseFolder()}>
              Choose a folder…
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => folderInput.current?.click()}>
              Choose a folder…
            </button>
          )}
          <button type="button" onClick={() => filesInput.current?.click()}>
            Choose photos…
          </button>
        </div>
        <p className="hint">…or drop photos or a whole folder here.</p>
        <input ref={filesInput} type="file" multiple accept={ACCEPT} hidden aria-label="Photos and scans to import" onChange={(e) => pick(e.currentTarget)} />
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          aria-label="Folder of photos to import"
          {...{ webkitdirectory: '', directory: '' }}
          onChange={(e) => pick(e.currentTarget)}
        />
      </div>
      {day.unfinished.length > 0 && (
        <>
          <h3>Imports not finished</h3>
          <ul className="day-unfinished">
            {day.unfinished.map((item) => (
              <li key={item.id}>
                <button type="button" className="link-button" onClick={() => void day.resume(item.id)}>
                  {item.label}, {item.pages} pages, {new Date(item.created_at).toLocaleString()}
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
  return (
    <main id="main" className="day-import" aria-label="Import a day">
      {day.problem && (
        <p role="alert" className="form-error">
          {day.problem}
        </p>
      )}
      {stage.kind === 'start' && <StartScreen day={day} />}
      {stage.kind === 'adding' && (
        <section className="panel import-progress" aria-live="polite">
          <h2>Reading the photos</h2>
          <p>
            {stage.total > 0 ? `${stage.done} of ${stage.total} files read` : 'Waiting for the folder…'}
            {stage.cancelling && ' — stopping after the files being read'}
          </p>
          <progress max={Math.max(1, stage.total)} value={stage.done} aria-label="Files read" />
          <div className="dialog-actions">
            <button type="button" onClick={() => void day.cancel()} disabled={stage.cancelling}>
              Stop
            </button>
          </div>
        </section>
      )}
      {stage.kind === 'review' && day.session && day.proposal && <ReviewBoard day={day} session={day.session} proposal={day.proposal} />}
      {stage.kind === 'done' && (
        <section className="panel" aria-live="polite">
          <h2>Drafts made</h2>
          <p>
            {stage.drafts === 1 ? 'One draft finding was' : `${stage.drafts} draft findings were`} made, each with its pages in order. Open one to
            describe the document; the drafts wait in the editor until you save or discard them.
          </p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => openFindingEditor()}>
              Open the drafts
            </button>
            <button type="button" onClick={() => void day.discard()}>
              Import another day
            </button>
          </div>
        </section>
      )}
    </main>
  )
}
