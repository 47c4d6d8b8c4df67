import { useEffect, useState } from 'react'
import type { StoredFile } from '../../../../shared/model/attachment'
import { call } from '../../api/client'

/**
 * What the stored files of a page list are (type, size, thumbnail), fetched once per hash;
 * `remember` adds a file just stored, so its thumbnail shows without asking again.
 */
export function usePageFiles(shas: readonly string[]) {
  const [files, setFiles] = useState<ReadonlyMap<string, StoredFile>>(new Map())
  const missing = shas.filter((sha) => !files.has(sha))
  const key = missing.join(',')
  useEffect(() => {
    if (key === '') return
    let current = true
    call('attachments.files', { sha256: key.split(',') }).then(
      (found) => current && setFiles((known) => new Map([...known, ...found.map((f) => [f.sha256, f] as const)])),
      () => undefined, // A page whose file is not here still lists by name.
    )
    return () => {
      current = false
    }
  }, [key])
  const remember = (file: StoredFile) => setFiles((known) => new Map(known).set(file.sha256, file))
  return { files, remember }
}
