import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { withGeneratedForms, type AliasEntry } from '../aliases'

const LISTED = 'listed:'

/** Whether an alias entry id is a listed name rather than an entity of the library. */
export function isListedName(id: string): boolean {
  return id.startsWith(LISTED)
}

/** Where the bundled list of names lives in the app's resources. */
export const LISTED_NAMES_FILE = join('search', 'listed-names.json')

const listSchema = z.object({
  names: z.array(
    z.object({
      id: z.string().min(1),
      kind: z.enum(['person', 'place']),
      label: z.string().min(1),
      names: z.array(z.tuple([z.string().min(1), z.string().min(2)])).min(1),
    }),
  ),
})

/**
 * People and places a historian of the alliance searches for that are not entities of the library
 * (Kaesong, Hamhung, Gomułka): every form finds the others, as entity names do, but they link to
 * no records. Ids are prefixed `listed:` so they never meet an entity id.
 */
export function listedNames(resourcesDir: string): AliasEntry[] {
  const parsed = listSchema.safeParse(JSON.parse(readFileSync(join(resourcesDir, LISTED_NAMES_FILE), 'utf8')))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new TypeError(`Invalid list of names at ${(issue?.path ?? []).join('.')}: ${issue?.message}`)
  }
  return parsed.data.names.map((n) => {
    const forms = n.names.map(([form]) => form)
    return withGeneratedForms({
      entityId: LISTED + n.id,
      label: n.label,
      kind: n.kind,
      forms,
      langs: Object.fromEntries(n.names),
      partForms: forms,
      listed: true,
    })
  })
}
