import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { OpSchema, SyncManifest } from '../src/shared/model/syncFile'

/**
 * The JSON Schemas published in docs/ for the sync file, generated from the same zod schemas
 * the importer validates with, so the spec cannot drift from the code (a test compares them).
 */
export function syncSchemas(): Record<string, unknown> {
  return {
    'sync-manifest.schema.json': z.toJSONSchema(SyncManifest, { io: 'input' }),
    'sync-op.schema.json': z.toJSONSchema(OpSchema, { io: 'input' }),
  }
}

if (require.main === module) {
  for (const [file, schema] of Object.entries(syncSchemas())) {
    writeFileSync(join(__dirname, '..', 'docs', file), `${JSON.stringify(schema, null, 2)}\n`)
  }
}
