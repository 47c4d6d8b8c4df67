import type { StoredFile } from '../../../../shared/model/attachment'
import { fileKind } from './pageList'

/** A page's thumbnail as a button that opens it in the viewer (the file type when there is no picture). */
export function PageThumbnail({ name, file, onOpen, label }: { name: string; file: StoredFile | undefined; onOpen(): void; label?: string }) {
  return (
    <button type="button" className="thumbnail" onClick={onOpen} aria-label={label ?? `View ${name}`}>
      {file?.thumbnail ? <img src={file.thumbnail} alt="" /> : <span className="file-kind">{file ? `${fileKind(file.mime)}, no preview` : '…'}</span>}
    </button>
  )
}
