import type { Translate } from '../../../../shared/i18n/messageIds'

/** Moves the item at `from` to index `to` (both clamped to the list), returning a new list. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return [...list]
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item!)
  return next
}

/** What a screen reader hears after a page moved, in the reader's language. */
export const moveAnnouncement = (name: string, to: number, total: number, t: Translate): string => t('pages.nowPage', { name, n: to + 1, total })

const KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/tiff': 'TIFF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
}

/** The file type shown on a page that has no thumbnail. */
export const fileKind = (mime: string): string => KINDS[mime] ?? 'File'
