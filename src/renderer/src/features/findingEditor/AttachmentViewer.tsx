import { useEffect, useRef, useState } from 'react'
import type { AttachmentInfo } from '../../../../shared/model/attachment'
import { call } from '../../api/client'
import { useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'
import { formatBytes } from '../library/BackupList'

/** The full-size file in a dialog of its own; Escape closes it and returns to the editor. */
export function AttachmentViewer({ file, onClose }: { file: AttachmentInfo; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [url, setUrl] = useState<string>()
  const [error, setError] = useState<string>()
  const t = useT()
  useEffect(() => {
    dialog.current?.showModal()
    call('attachments.get', { sha256: file.sha256 }).then((r) => setUrl(r.data_url), (e: unknown) => setError(errorText(e)))
  }, [file.sha256])
  const image = file.mime.startsWith('image/') && file.mime !== 'image/tiff'
  return (
    <dialog
      ref={dialog}
      className="attachment-viewer"
      aria-label={file.name}
      onCancel={(e) => {
        e.preventDefault()
        e.stopPropagation()
        onClose()
      }}
    >
      <button type="button" className="close" onClick={onClose}>{t('common.close')}</button>
      <p>{t('attachments.size', { name: file.name, size: formatBytes(file.bytes, t) })}</p>
      {error && <p role="alert">{error}</p>}
      {url && image && <img src={url} alt={file.name} />}
      {url && !image && (
        <a href={url} download={file.name}>
          {t('attachments.save', { name: file.name })}
        </a>
      )}
    </dialog>
  )
}
