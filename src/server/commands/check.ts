import { checkLibrary } from '../../core/db/check'
import { createApi } from '../../core/createApi'
import { RESOURCES_DIR } from '../appPaths'

/** `workbench check`: SQLite integrity and foreign-key checks; exit 1 listing any problem. */
export async function checkCommand(dataDir: string): Promise<number> {
  const core = createApi({ dataDir, resourcesDir: RESOURCES_DIR })
  try {
    const problems = checkLibrary(core.db)
    if (problems.length === 0) {
      process.stdout.write('ok: integrity and foreign keys check out\n')
      return 0
    }
    for (const problem of problems) process.stderr.write(`${problem}\n`)
    return 1
  } finally {
    core.close()
  }
}
