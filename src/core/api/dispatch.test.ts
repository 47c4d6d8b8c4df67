import { afterAll, describe, expect, it } from 'vitest'
import { openTempLibrary } from '../testing/tempLibrary'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'

describe('dispatch (the host edge)', () => {
  const library = openTempLibrary()
  afterAll(() => library.dispose())

  it('refuses an unknown method as data, without throwing', async () => {
    const result = await library.dispatch('essay.delete', {})
    expect(result).toEqual({ ok: false, error: { code: 'method.unknown', message: 'Unknown method "essay.delete"' } })
  })

  it('refuses a non-string method name', async () => {
    const result = await library.dispatch({ toString: () => 'app.info' }, {})
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('method.unknown')
  })

  it('names the field at fault when input fails the schema', async () => {
    const result = await library.dispatch('settings.set', { sidebarWidth: 'wide' })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('input.invalid')
      expect(result.error.field).toBe('sidebarWidth')
      expect(result.error.message).toContain('settings.set: sidebarWidth:')
    }
  })

  it('refuses keys the contract does not know, so typos are not silently ignored', async () => {
    const result = await library.dispatch('settings.set', { lastVeiw: 'essay' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain('lastVeiw')
  })

  it('treats a missing input as empty for methods that take none', async () => {
    const result = await library.dispatch('app.info', undefined)
    expect(result.ok).toBe(true)
  })

  it('announces library.changed after a successful change, and not after a read', async () => {
    const seen: string[] = []
    const stop = library.events.subscribe((name, payload) => seen.push(`${name}:${(payload as { method: string }).method}`))
    await library.dispatch('settings.get', {})
    await library.dispatch('settings.set', { lastView: 'library' })
    stop()
    expect(seen).toEqual(['library.changed:settings.set'])
  })

  it('keeps settings across a reopen of the same library', async () => {
    await library.dispatch('settings.set', { sidebarWidth: 333 })
    const reopened = openTempLibrary({ dataDir: library.dataDir })
    const result = await reopened.dispatch('settings.get', {})
    reopened.close()
    expect(result).toMatchObject({ ok: true, value: { sidebarWidth: 333 } })
  })

  it('reports version, folder, schema and counts in app.info', async () => {
    const result = await library.dispatch('app.info', {})
    expect(result).toMatchObject({
      ok: true,
      value: {
        dataDir: library.dataDir,
        schemaVersion: LATEST_SCHEMA_VERSION,
        counts: { essaySections: 10, essayParagraphs: 23, events: 119, entities: 80 },
      },
    })
  })
})
