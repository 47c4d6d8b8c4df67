import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** Lints one line of code as if it lived at `filePath`, returning the layer-rule messages. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint()
  const [result] = await eslint.lintText(`${code}\nexport const used = x\n`, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('import layers (eslint.config.mjs)', () => {
  const forbidden: [string, string][] = [
    ['src/renderer/src/Bad.tsx', "import { x } from '../../core/createApi'"],
    ['src/renderer/src/Bad.tsx', "import { x } from '../../main/index'"],
    ['src/renderer/src/Bad.tsx', "import { x } from 'node:fs'"],
    ['src/renderer/src/Bad.tsx', "import { x } from 'electron'"],
    ['src/preload/bad.ts', "import { x } from '../core/createApi'"],
    ['src/preload/bad.ts', "import { x } from 'node:path'"],
    ['src/core/bad.ts', "import { x } from 'electron'"],
    ['src/core/bad.ts', "import { x } from '../server/serve'"],
    ['src/shared/bad.ts', "import { x } from 'better-sqlite3'"],
    ['src/shared/bad.ts', "import { x } from '../core/createApi'"],
    ['src/server/bad.ts', "import { x } from 'electron'"],
  ]
  it.each(forbidden)('%s may not: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1)
  })

  const allowed: [string, string][] = [
    ['src/renderer/src/Good.tsx', "import { x } from '../../shared/api/contract'"],
    ['src/preload/good.ts', "import { x } from 'electron'"],
    ['src/core/good.ts', "import { x } from 'node:fs'"],
    ['src/main/good.ts', "import { x } from '../core/createApi'"],
    ['src/server/good.ts', "import { x } from '../core/createApi'"],
  ]
  it.each(allowed)('%s may: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([])
  })
})
