import { createApi } from '../../core/createApi'
import { RESOURCES_DIR } from '../appPaths'

/** `workbench info`: the JSON of `app.info`. */
export async function infoCommand(dataDir: string): Promise<number> {
  const core = createApi({ dataDir, resourcesDir: RESOURCES_DIR })
  try {
    const info = await core.api['app.info']({})
    process.stdout.write(`${JSON.stringify(info, null, 2)}\n`)
    return 0
  } finally {
    core.close()
  }
}
