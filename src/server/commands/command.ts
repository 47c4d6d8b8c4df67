import { createApi, type Core } from '../../core/createApi'
import { isAppError, type ApiError } from '../../shared/api/errors'
import { RESOURCES_DIR } from '../appPaths'

/** What a command receives: the library folder, its positional arguments and the parsed flags. */
export interface CommandContext {
  dataDir: string
  args: string[]
  flags: Record<string, string | boolean | undefined>
}

export interface CliOption {
  type: 'string' | 'boolean'
  short?: string
}

/** One `workbench <name>` command; cli.ts builds the help text and the flag parser from these. */
export interface Command {
  name: string
  /** Arguments and flags as shown in help, e.g. `add FILE|-`. */
  usage: string
  summary: string
  options?: Record<string, CliOption>
  run(context: CommandContext): Promise<number>
}

/** An error the user can fix (bad input, unknown id): message to stderr, exit 2. */
export class UsageError extends Error {}

/** Exit code for problems the user can fix, as opposed to failures (1). */
export const EXIT_USAGE = 2

/** Opens the library for one command and always closes it, even when the command fails. */
export async function withCore(dataDir: string, run: (core: Core) => Promise<number>): Promise<number> {
  const core = openCore(dataDir)
  try {
    return await run(core)
  } finally {
    // The day's first command also takes the daily backup: let it finish rather than lose it.
    await core.backgroundWork
    await core.close()
  }
}

/** A library that cannot be opened fails the command (exit 1); a damaged one says how to get it back. */
function openCore(dataDir: string): Core {
  try {
    return createApi({ dataDir, resourcesDir: RESOURCES_DIR, searchStart: 'onDemand' })
  } catch (error) {
    if (!isAppError(error) || error.code !== 'db.unreadable') throw error
    throw new Error(`${error.message}. List the backups with \`backups\` and bring one back with \`restore FILE\`.`, { cause: error })
  }
}

/**
 * Calls one method through the validating dispatcher, exactly as the hosts do. A refusal is
 * thrown as an ApiFailure so the CLI prints its message and exits 2 (1 for internal errors).
 */
export async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input)
  if (!result.ok) throw new ApiFailure(result.error)
  return result.value as T
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.field ? `${error.message}` : error.message)
  }

  get exitCode(): number {
    return this.error.code === 'internal' ? 1 : EXIT_USAGE
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

/** Flags that were given, as strings, so strict contract schemas see only real filters. */
export function givenStrings(flags: CommandContext['flags'], names: readonly string[]): Record<string, string> {
  const given: Record<string, string> = {}
  for (const name of names) if (typeof flags[name] === 'string') given[name] = flags[name]
  return given
}
