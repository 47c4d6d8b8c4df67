import type { Translate } from '../../../../shared/i18n/messageIds'
import type { SyncLogDetail } from '../../../../shared/model/sync'

/** What an exchange-log entry records, in the reader's language. */
export function logDetailText(detail: SyncLogDetail, t: Translate): string {
  switch (detail.kind) {
    case 'exported':
      return t('sync.logged.exported', { changes: detail.changes, stubs: detail.privateStubs })
    case 'alreadyImported':
      return t('sync.logged.alreadyImported')
    case 'imported': {
      const counts = t('sync.logged.imported', { ...detail.counts })
      return detail.setAside > 0 ? `${counts} ${t('sync.logged.setAside', { aside: detail.setAside })}` : counts
    }
    case 'resolved': {
      const title = detail.title ?? t('sync.logged.untitled')
      return t(`sync.logged.resolved.${detail.take}`, { title })
    }
  }
}
