import type { Api } from '../../shared/api/contract'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import { createAttachmentStore, type AttachmentLinks } from './attachmentStore'

type AttachmentsApi = Pick<
  Api,
  'attachments.add' | 'attachments.list' | 'attachments.get' | 'attachments.remove' | 'attachments.store' | 'attachments.files' | 'attachments.removed'
>

/** Serves the attachments methods over the store in `dataDir`. */
export function createAttachmentsApi(db: Db, dataDir: string, clock: Clock, links: AttachmentLinks): AttachmentsApi {
  const store = createAttachmentStore(db, dataDir, clock, links)
  return {
    'attachments.add': (input) => store.add(input),
    'attachments.list': ({ finding_id }) => store.list(finding_id),
    'attachments.get': ({ sha256, shown }) => store.get(sha256, shown),
    'attachments.remove': ({ finding_id, sha256 }) => store.remove(finding_id, sha256),
    'attachments.store': (input) => store.store(input),
    'attachments.files': ({ sha256 }) => store.files(sha256),
    'attachments.removed': ({ finding_id }) => store.removed(finding_id),
  }
}
