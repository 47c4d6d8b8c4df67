import { useEffect, useState } from 'react'
import { call } from '../../api/client'
import { errorText } from '../../i18n/errorText'

/** Types the page can draw (a TIFF comes as a JPEG of it; a PDF is opened in another program). */
export const VIEWABLE = ['image/jpeg', 'image/png', 'image/gif', 'image/webp']

/** A data URL's bytes as a Blob, decoded here: fetching a data: URL would need connect-src data:. */
function blobOf(dataUrl: string, mime: string): Blob {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type: mime })
}

export type PageImage =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'done'; mime: string; url: string; viewable: boolean }

/**
 * One stored file for the viewer, fetched through the contract and held as a blob: URL (the
 * base64 text is dropped at once, and the URL revoked when the page changes), so a 12 MP photo
 * is kept once as bytes and once decoded, not also as a 13 MB string.
 */
export function usePageImage(sha256: string | undefined): PageImage {
  const [image, setImage] = useState<PageImage & { sha256?: string }>({ status: 'loading' })
  useEffect(() => {
    if (!sha256) return
    let url: string | undefined
    let current = true
    call('attachments.get', { sha256, shown: true }).then(
      ({ mime, data_url }) => {
        if (!current) return
        url = URL.createObjectURL(blobOf(data_url, mime))
        setImage({ status: 'done', mime, url, viewable: VIEWABLE.includes(mime), sha256 })
      },
      (e: unknown) => current && setImage({ status: 'error', message: errorText(e), sha256 }),
    )
    return () => {
      current = false
      if (url) URL.revokeObjectURL(url)
    }
  }, [sha256])
  return image.sha256 === sha256 ? image : { status: 'loading' }
}
