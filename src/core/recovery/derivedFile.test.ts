import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../testing/tempLibrary'
import { loadDerivedFile, type DerivedFileOptions } from './derivedFile'

/** A stand-in for the search index: JSON with a format marker, rebuilt from "the library". */
function indexOptions(rebuilds: { count: number }): DerivedFileOptions<{ terms: string[] }> {
  return {
    parse: (bytes) => {
      const value = JSON.parse(bytes.toString('utf8')) as { format?: number; terms?: string[] }
      if (value.format !== 1 || !Array.isArray(value.terms)) throw new Error('not an index')
      return { terms: value.terms }
    },
    rebuild: () => {
      rebuilds.count++
      return { terms: ['alliance', 'withdrawal'] }
    },
    serialize: (value) => Buffer.from(JSON.stringify({ format: 1, ...value })),
    clock: { now: () => new Date('2026-11-29T10:00:00.000Z') },
  }
}

describe('derived files', () => {
  it('builds a missing file, then reads it back without rebuilding', () => {
    const path = join(tempDir(), 'search', 'index.json')
    const rebuilds = { count: 0 }
    expect(loadDerivedFile(path, indexOptions(rebuilds))).toMatchObject({ rebuilt: 'missing', value: { terms: ['alliance', 'withdrawal'] } })
    expect(loadDerivedFile(path, indexOptions(rebuilds))).toMatchObject({ rebuilt: null, value: { terms: ['alliance', 'withdrawal'] } })
    expect(rebuilds.count).toBe(1)
  })

  it.each([
    ['truncated', '{"format":1,"ter'],
    ['binary junk', '\u0000\u00ff\u0013garbage'],
    ['an unknown format', '{"format":99}'],
  ])('sets a %s file aside and rebuilds it instead of failing', (_name, content) => {
    const path = join(tempDir(), 'search', 'index.json')
    loadDerivedFile(path, indexOptions({ count: 0 }))
    writeFileSync(path, content)
    const result = loadDerivedFile(path, indexOptions({ count: 0 }))
    expect(result).toMatchObject({ rebuilt: 'unreadable', value: { terms: ['alliance', 'withdrawal'] } })
    expect(readFileSync(result.setAside!, 'utf8')).toBe(content)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 1 })
    expect(existsSync(`${path}.${process.pid}.tmp`)).toBe(false)
  })
})
