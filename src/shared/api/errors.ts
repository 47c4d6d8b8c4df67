/**
 * Error codes that travel across every host as data. They are a stable contract:
 * tests, the CLI and the UI branch on the code, never on the message.
 */
export const ERROR_CODES = [
  /** The method name is not in the contract. */
  'method.unknown',
  /** The input failed the method's schema; `field` names the offending path. */
  'input.invalid',
  /** The request body was not parseable JSON. */
  'input.malformed_json',
  /** The request body exceeded the host's size limit. */
  'input.too_large',
  /** The API token was missing or wrong (browser host). */
  'auth.unauthorized',
  /** The Host or Origin header did not name this loopback server (DNS-rebinding defence). */
  'auth.forbidden_origin',
  /** The browser host is already serving as many connections or event streams as it allows. */
  'host.busy',
  /** A record asked for by id does not exist. */
  'record.not_found',
  /** The record is in the Trash; restore it first. */
  'record.deleted',
  /** The record ships with the app (bundled reference data): it can be annotated, not changed or deleted. */
  'record.read_only',
  /** A record with the same identity already exists (an event id, a name form on the same entity). */
  'record.duplicate',
  /** The input names an entity, essay section or paragraph that does not exist; `field` says which. */
  'reference.unknown',
  /** A date is not a real calendar date at day, month or year precision (e.g. 1956-02-30). */
  'date.invalid',
  /** An end date falls before its start date. */
  'date.end_before_start',
  /** The database was written by a newer version of the app; nothing was changed. */
  'db.future_version',
  /** The database file could not be opened or is damaged. */
  'db.unreadable',
  /** The library folder or file cannot be written to (read-only, or no permission); nothing was changed. */
  'db.read_only',
  /** The disk (or the database's size limit) is full; the write was rolled back and nothing was saved. */
  'db.full',
  /** The library could not be opened; only the recovery methods work until a backup is restored. */
  'library.unavailable',
  /** A file offered as a backup is not a readable library this version can open; nothing was changed. */
  'backup.invalid',
  /** A sync file is damaged, hostile or inconsistent; the message says what and where. */
  'sync.invalid_file',
  /** A sync file was written by a newer format version than this app reads. */
  'sync.unsupported_version',
  /** A sync file is encrypted and no passphrase was given. */
  'sync.passphrase_required',
  /** The passphrase does not open the encrypted sync file. */
  'sync.wrong_passphrase',
  /** Long work was cancelled by the user; nothing was changed. */
  'job.cancelled',
  /** An attached file is not one of the accepted types (JPEG, PNG, GIF, WebP, TIFF, PDF); the message names what it is. */
  'attachment.unsupported_type',
  /** The search index could not be used or built; `search.reindex` rebuilds it from the library. */
  'search.unavailable',
  /** The library is in no team folder; join one first. */
  'team.not_joined',
  /** The team folder cannot be read or written (a network drive offline, a USB stick not plugged in). */
  'team.folder_unavailable',
  /** The team folder's files are encrypted and this library has no team passphrase; nothing was imported or written. */
  'team.passphrase_required',
  /** This library's team passphrase does not open the team folder's files; nothing was imported or written. */
  'team.wrong_passphrase',
  /** OCR could not run: its language data is missing or the image could not be read; the message says which. */
  'ocr.unavailable',
  /** Something failed that the caller cannot fix; the message says what. */
  'internal',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/**
 * Why the core refused, as a catalogue key (`refusal.<reason>` in every language) with the values
 * it names, so a screen says it in the reader's language; the English `message` stays for the CLI
 * and logs. Most common refusals first.
 */
export const REFUSAL_REASONS = [
  'input.blank',
  'input.tooLong',
  'input.missing',
  'input.notAChoice',
  'input.badFormat',
  'date.notReal',
  'date.notSingle',
  'date.endBeforeStart',
  'date.empty',
  'date.missing',
  'date.noMonth',
  'date.noSuchDay',
  'date.notEdtf',
  'date.unreadable',
  'date.jucheMismatch',
  'repository.unknown',
  'repository.duplicate',
  'collection.duplicate',
  'eventNote.unknown',
  'backup.noFile',
  'backup.damaged',
  'backup.notLibrary',
  'backup.newer',
  'backup.unreadable',
  'backup.incomplete',
  'backup.libraryMissing',
  'backup.attachmentMissing',
  'backup.attachmentDamaged',
  'conflict.gone',
  'conflict.noMine',
  'conflict.noTheirs',
  'conflict.badValue',
  'history.inTrash',
  'history.changeGone',
  'history.notThisField',
  'history.cannotEmpty',
  'sync.partialRecord',
  'sync.ambiguousColleague',
  'team.unreachable',
  'team.notWritable',
  'team.alreadyJoined',
] as const

export type RefusalReason = (typeof REFUSAL_REASONS)[number]

export interface Refusal {
  reason: RefusalReason
  /** The values the sentence names (a date as typed, a repository's name), never translated; `field` is a field's name, which the screen puts in words. */
  values?: Record<string, string | number>
}

/** The error part of a failed call, as it crosses a host boundary. */
export interface ApiError {
  code: ErrorCode
  message: string
  /** Dotted path of the input field at fault, when one field is to blame. */
  field?: string
  /** Why, as a catalogue key with its values, when the refusal has words in every language. */
  refusal?: Refusal
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/**
 * The one error type the core throws on purpose. Hosts turn it into `{ ok: false, error }`;
 * clients turn that back into an `AppError`, so `code` survives every hop.
 */
export class AppError extends Error {
  override readonly name = 'AppError'
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly refusal?: Refusal,
  ) {
    super(message)
  }

  toJSON(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.refusal === undefined ? {} : { refusal: this.refusal }),
    }
  }

  static fromJSON(error: ApiError): AppError {
    return new AppError(error.code, error.message, error.field, error.refusal)
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError
}
