import type { FindingFilter } from '../../shared/model/findingList'
import type { Core } from '../../core/createApi'
import { createFilterValues } from '../../core/search/filterValues'
import type { Repository } from '../../shared/model/repository'
import { isAppError } from '../../shared/api/errors'
import { call, UsageError } from './command'

/** The `list` flags that name something (by its name in any script, or its code), and the filter field each sets. */
const NAMED = [
  { flag: 'repository', filter: 'repository', field: 'repository_id' },
  { flag: 'language', filter: 'language', field: 'original_language' },
  { flag: 'section', filter: 'sections', field: 'essay_section' },
  { flag: 'stance', filter: 'stance', field: 'stance' },
] as const

/**
 * Reads `list`'s --repository, --language, --section and --stance as the app's pickers do ("Korean",
 * "Russian Foreign Policy Archive", a section's title), refusing a value it does not understand
 * with the close matches. A bare language stands for all its regional forms ("Korean": ko, ko-KP,
 * ...), so the answer is one filter per combination of the values understood.
 */
export async function understandListFlags(core: Core, flags: Record<string, string | boolean | undefined>, base: FindingFilter): Promise<FindingFilter[]> {
  const given = NAMED.filter(({ flag }) => typeof flags[flag] === 'string')
  if (given.length === 0) return [base]
  const repositories = await call<Repository[]>(core, 'repositories.list', {})
  const understand = createFilterValues(core.db, () => repositories)
  const typed = Object.fromEntries(given.map(({ flag, filter }) => [filter, [flags[flag] as string]]))
  const understood = readable(() => understand(typed)) ?? {}
  let variants: FindingFilter[] = [base]
  for (const { filter, field } of given) {
    const values = (understood[filter] ?? []) as string[]
    variants = variants.flatMap((variant) => values.map((value) => ({ ...variant, [field]: value })))
  }
  return variants
}

/** A value not understood is the user's to fix (exit 2, its message), not a failure of the app. */
function readable<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (isAppError(error)) throw new UsageError(error.message)
    throw error
  }
}
