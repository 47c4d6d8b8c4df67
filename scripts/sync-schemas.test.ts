import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { syncSchemas } from './sync-schemas'

describe('docs/ sync schemas', () => {
  it.each(Object.entries(syncSchemas()))('%s matches the schemas the importer uses (run scripts/sync-schemas.ts)', (file, schema) => {
    expect(JSON.parse(readFileSync(join(__dirname, '..', 'docs', file), 'utf8'))).toEqual(schema)
  })
})
