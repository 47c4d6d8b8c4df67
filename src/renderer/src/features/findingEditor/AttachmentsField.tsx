import { useEffect, useState, type DragEvent } from 'react'
import type { AttachmentInfo } from '../../../../shared/model/attachment'
import { call } from '../../api/client'
import { useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'
import { readAttachment, type ReadyFile } from './attachmentFiles'
import { AttachmentViewer } from './AttachmentViewer'

interface Props {
  /** The saved finding; absent while the finding is new (files wait in `pending` until it is saved). */
  findingId?: string
  pending: ReadyFile[]
  onPending(files: ReadyFile[]): void
}

/** Photos and scans: a file picker and a drop zone, thumbnails with remove buttons, a full-size viewer. */
export function AttachmentsField({ findingId, pending, onPending }: Props) {
  const [stored, setStored] = useState<AttachmentInfo[]>([])
  const [message, setMessage] = useState<string>()
  const [viewing, setViewing] = useState<AttachmentInfo>()
  const [version, setVersion] = useState(0)
  const t = useT()

  useEffect(() => {
    if (!findingId) return
    call('attachments.list', { finding_id: findingId }).then(setStored, (e: unknown) => setMessage(errorText(e)))
  }, [findingId, version])

  async function addFiles(files: readonly File[]): Promise<void> {
    setMessage(undefined)
    const ready: ReadyFile[] = []
    for (const file of files) {
      try {
        const read = await readAttachment(file)
        if (findingId) await call('attachments.add', { finding_id: findingId, name: read.name, data_base64: read.data_base64, ...(read.thumbnail_base64 ? { thumbnail_base64: read.thumbnail_base64 } : {}) })
        else ready.push(read)
      } catch (error) {
        setMessage(errorText(error))
      }
    }
    if (ready.length > 0) onPending([...pending, ...ready])
    if (findingId) setVersion((v) => v + 1)
  }

  async function remove(sha256: string): Promise<void> {
    if (!findingId) return
    await call('attachments.remove', { finding_id: findingId, sha256 }).catch((e: unknown) => setMessage(errorText(e)))
    setVersion((v) => v + 1)
  }

  function onDrop(event: DragEvent): void {
    event.preventDefault()
    void addFiles([...event.dataTransfer.files])
  }

  return (
    <fieldset className="group attachments" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <legend>{t('attachments.legend')}</legend>
      <label htmlFor="fe-attachments">{t('attachments.add')}</label>
      <input
        id="fe-attachments"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/gif,image/webp,image/tiff,application/pdf"
        onChange={(e) => {
          void addFiles([...(e.target.files ?? [])])
          e.target.value = ''
        }}
      />
      {message && <p className="field-error" role="alert">{message}</p>}
      <ul className="thumbnails" aria-label={t('attachments.list')}>
        {stored.map((file) => (
          <li key={file.sha256}>
            <button type="button" className="thumbnail" onClick={() => setViewing(file)} aria-label={t('attachments.view', { name: file.name })}>
              {file.thumbnail ? <img src={file.thumbnail} alt="" /> : <span className="file-kind">{file.mime === 'application/pdf' ? 'PDF' : 'TIFF'}</span>}
            </button>
            <span className="file-name">{file.name}</span>
            <button type="button" onClick={() => void remove(file.sha256)} aria-label={t('common.removeNamed', { name: file.name })}>×</button>
          </li>
        ))}
        {pending.map((file, i) => (
          <li key={`pending-${i}`} className="pending">
            <span className="thumbnail">{file.preview ? <img src={file.preview} alt="" /> : <span className="file-kind">{t('attachments.file')}</span>}</span>
            <span className="file-name">{t('attachments.pending', { name: file.name })}</span>
            <button type="button" onClick={() => onPending(pending.filter((_, j) => j !== i))} aria-label={t('common.removeNamed', { name: file.name })}>×</button>
          </li>
        ))}
      </ul>
      {viewing && <AttachmentViewer file={viewing} onClose={() => setViewing(undefined)} />}
    </fieldset>
  )
}

/** Sends the files picked before the finding existed, once it does; returns the messages of failures. */
export async function uploadPending(findingId: string, files: readonly ReadyFile[]): Promise<string[]> {
  const failures: string[] = []
  for (const file of files) {
    const { preview: _preview, ...upload } = file
    await call('attachments.add', { finding_id: findingId, ...upload }).catch((e: unknown) => failures.push(errorText(e)))
  }
  return failures
}
