import type { StoredFile } from '../../../../shared/model/attachment'
import { useT } from '../../i18n'
import { fileKind } from './pageList'

/** A page's thumbnail as a button that opens it in the viewer (the file type when there is no picture). */
export function PageThumbnail({ name, file, onOpen, label }: { name: string; file: StoredFile | undefined; onOpen(): void; label?: string }) {
  const t = useT()
  return (
    <button type="button" className="thumbnail" onClick={onOpen} aria-label={label ?? t('attachments.view', { name })}>
      {file?.thumbnail ? <img src={file.thumbnail} alt="" /> : <span className="file-kind">{file ? t('pages.noPreview', { kind: fileKind(file.mime) ?? t('pages.unknownKind') }) : '…'}</span>}
    </button>
  )
}
