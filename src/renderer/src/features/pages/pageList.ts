/** Moves the item at `from` to index `to` (both clamped to the list), returning a new list. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return [...list]
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item!)
  return next
}

const KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/tiff': 'TIFF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
}

/** The file type shown on a page that has no thumbnail; undefined for a type without a short name. */
export const fileKind = (mime: string): string | undefined => KINDS[mime]
