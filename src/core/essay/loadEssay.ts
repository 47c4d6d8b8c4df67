import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Essay } from '../../shared/model/essay'
import { parseEssay, type EssayOutline } from './parseEssay'

/** Reads the bundled essay and its outline from the resources directory. */
export function loadEssay(resourcesDir: string): Essay {
  const dir = join(resourcesDir, 'essay')
  const outline = JSON.parse(readFileSync(join(dir, 'outline.json'), 'utf8')) as EssayOutline
  const bytes = readFileSync(join(dir, outline.file))
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return { ...parseEssay(bytes.toString('utf8'), outline), sha256 }
}
