import { useEffect, useRef, useState } from 'react'
import type { AttachmentInfo } from '../../../../shared/model/attachment'
import { call } from '../../api/client'

/** The full-size file in a dialog of its own; Escape closes it and returns to the editor. */
export function AttachmentViewer({ file, onClose }: { file: AttachmentInfo; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [url, setUrl] = useState<string>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    dialog.current?.showModal()
    call('attachments.get', { sha256: file.sha256 }).then((r) => setUrl(r.data_url), (e: Error) => setError(e.message))
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
      <button type="button" className="close" onClick={onClose}>Close</button>
      <p>{file.name} · {(file.bytes / 1024).toFixed(0)} KB</p>
      {error && <p role="alert">{error}</p>}
      {url && image && <img src={url} alt={file.name} />}
      {url && !image && (
        <a href={url} download={file.name}>
          Save {file.name} to open it in another program
        </a>
      )}
    </dialog>
  )
}
