import { useMemo } from 'react'
import { useCall } from '../api/useCall'
import { useLibraryVersion } from '../api/useLibraryVersion'
import { deviceNamer } from '../features/sync/sides'
import { useLabels, useT } from '.'

/** Section titles by slug and paragraphs in words, so a view shows "“Explaining…”, paragraph 3", never an id. */
export function useEssayNames(): { section(slug: string): string; paragraph(id: string): string } {
  const essay = useCall('essay.get', {})
  const labels = useLabels()
  return useMemo(() => {
    const titles = new Map(essay.status === 'done' ? essay.value.sections.map((s) => [s.slug, s.title]) : [])
    return {
      section: (slug) => titles.get(slug) ?? labels.paragraph(slug, () => undefined),
      paragraph: (id) => labels.paragraph(id, (slug) => titles.get(slug)),
    }
  }, [essay, labels])
}

/** The names of entities and events by id (both lists are small), for links that must show names. */
export function useRecordNames(): { entity(id: string): string; event(id: string): string } {
  const version = useLibraryVersion()
  const entities = useCall('entities.list', {}, String(version))
  const events = useCall('events.list', {}, String(version))
  return useMemo(() => {
    const entityNames = new Map(entities.status === 'done' ? entities.value.map((e) => [e.id, e.preferredName]) : [])
    const eventTitles = new Map(events.status === 'done' ? events.value.map((e) => [e.id, e.title]) : [])
    return { entity: (id) => entityNames.get(id) ?? '…', event: (id) => eventTitles.get(id) ?? '…' }
  }, [entities, events])
}

/** Devices by name ("this laptop", a colleague's name), never by their UUID. */
export function useDeviceName(): (deviceId: string) => string {
  const version = useLibraryVersion()
  const peers = useCall('sync.peers', {}, String(version))
  const t = useT()
  return useMemo(() => {
    const info = peers.status === 'done' ? peers.value : undefined
    return deviceNamer(info?.device.deviceId ?? '', info?.peers ?? [], t)
  }, [peers, t])
}
