import exifr from 'exifr'

/** `YYYY:MM:DD HH:MM:SS` as cameras write it. */
const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/
const OFFSET = /^[+-]\d{2}:\d{2}$/

export interface CaptureTime {
  /** ISO 8601: with the camera's UTC offset when it wrote one, else the camera's local time. */
  at: string | null
  from: 'exif' | 'file' | 'none'
}

/**
 * When a photo was taken: EXIF DateTimeOriginal (else CreateDate), with OffsetTimeOriginal when
 * the camera recorded it; else the file's modification time, which a copy may have kept; else
 * unknown. Read from the file's header only (exifr stops at the metadata), HEIC included.
 */
export async function captureTime(bytes: Buffer, fileModifiedMs?: number): Promise<CaptureTime> {
  const tags = (await exifr
    .parse(bytes, { pick: ['DateTimeOriginal', 'CreateDate', 'OffsetTimeOriginal', 'OffsetTime'], reviveValues: false })
    .catch(() => undefined)) as Record<string, unknown> | undefined
  const written = [tags?.DateTimeOriginal, tags?.CreateDate].find((v): v is string => typeof v === 'string' && EXIF_DATE.test(v))
  if (written) {
    const [, y, mo, d, h, mi, s] = EXIF_DATE.exec(written)!
    const offset = [tags?.OffsetTimeOriginal, tags?.OffsetTime].find((v): v is string => typeof v === 'string' && OFFSET.test(v)) ?? ''
    return { at: `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`, from: 'exif' }
  }
  if (fileModifiedMs !== undefined && fileModifiedMs > 0) return { at: new Date(fileModifiedMs).toISOString(), from: 'file' }
  return { at: null, from: 'none' }
}

/** Seconds since 1970 for ordering and gaps; a time without offset counts as UTC (one camera, one zone). */
export function captureSeconds(at: string | null): number | undefined {
  if (!at) return undefined
  const ms = Date.parse(/[zZ]|[+-]\d{2}:\d{2}$/.test(at) ? at : `${at}Z`)
  return Number.isNaN(ms) ? undefined : ms / 1000
}
