import { useEffect, useState } from 'react'
import { DEFAULT_UI_SETTINGS, type UiSettings, type ViewId } from '../../shared/model/app'
import { call } from './api/client'
import { Splitter } from './components/Splitter'
import { DayImportView } from './features/dayImport/DayImportView'
import { EssayView } from './features/essay/EssayView'
import { EntitiesView } from './features/entities/EntitiesView'
import { FindingEditorHost } from './features/findingEditor/FindingEditor'
import { openFindingEditor } from './features/findingEditor/openEditor'
import { FindingsView } from './features/findings/FindingsView'
import { LibraryView } from './features/library/LibraryView'
import { SearchPalette } from './features/search/SearchPalette'
import { SearchView } from './features/search/SearchView'
import { ConflictBadge } from './features/sync/ConflictBadge'
import { SyncView } from './features/sync/SyncView'
import { TimelineView } from './features/timeline/TimelineView'
import { NavigationContext, type Destination } from './navigation'

const VIEWS: { id: ViewId; label: string }[] = [
  { id: 'essay', label: 'Essay' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'findings', label: 'Findings' },
  { id: 'entities', label: 'People & places' },
  { id: 'search', label: 'Search' },
  { id: 'library', label: 'Library' },
  { id: 'sync', label: 'Sync & export' },
  { id: 'import', label: 'Import a day' },
]

/** The app shell: navigation between views, the resizable side pane, restored preferences. */
export function App() {
  const [settings, setSettings] = useState<UiSettings | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [focus, setFocus] = useState<{ eventId?: string; entityId?: string; findingId?: string; query?: string }>({})

  useEffect(() => {
    call('settings.get', {}).then(setSettings, (e: Error) => {
      setError(e.message)
      setSettings(DEFAULT_UI_SETTINGS)
    })
  }, [])

  function update(changes: Partial<UiSettings>): void {
    setSettings((current) => current && { ...current, ...changes })
    call('settings.set', changes).catch((e: Error) => setError(e.message))
  }

  function navigate(to: Destination): void {
    if (to.view === 'essay') history.replaceState(null, '', to.anchor ? `#${to.anchor}` : window.location.pathname)
    setFocus({
      eventId: to.view === 'timeline' ? to.eventId : undefined,
      entityId: to.view === 'entities' ? to.entityId : undefined,
      findingId: to.view === 'findings' ? to.findingId : undefined,
      query: to.view === 'search' ? to.query : undefined,
    })
    update({ lastView: to.view })
  }

  if (!settings) return <p className="loading">Opening the library…</p>
  const view = settings.lastView
  return (
    <NavigationContext value={navigate}>
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="app-name">Reading Room Workbench</span>
        <nav aria-label="Views">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              className="view-tab"
              aria-current={v.id === view ? 'page' : undefined}
              onClick={() => navigate({ view: v.id })}
            >
              {v.label}
              {v.id === 'sync' && <ConflictBadge />}
            </button>
          ))}
        </nav>
        <button type="button" className="new-finding" onClick={() => openFindingEditor()} aria-keyshortcuts="Control+N Meta+N">
          New finding
        </button>
      </header>
      <FindingEditorHost />
      <SearchPalette />
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      <div
        className="workspace"
        style={view === 'essay' ? { gridTemplateColumns: `${settings.sidebarWidth}px auto 1fr` } : undefined}
      >
        {view === 'essay' && (
          <EssayView
            splitter={
              <Splitter
                label="Resize the contents pane"
                value={settings.sidebarWidth}
                min={160}
                max={640}
                onChange={(sidebarWidth) => setSettings({ ...settings, sidebarWidth })}
                onCommit={(sidebarWidth) => update({ sidebarWidth })}
              />
            }
          />
        )}
        {view === 'timeline' && <TimelineView initialEventId={focus.eventId} />}
        {view === 'findings' && (
          <FindingsView
            key={focus.findingId}
            state={settings.findingsView}
            onStateChange={(findingsView) => update({ findingsView })}
            initialFindingId={focus.findingId}
          />
        )}
        {view === 'entities' && <EntitiesView initialEntityId={focus.entityId} />}
        {view === 'search' && <SearchView key={focus.query} initialQuery={focus.query} />}
        {view === 'library' && <LibraryView />}
        {view === 'sync' && <SyncView />}
        {view === 'import' && <DayImportView />}
      </div>
    </div>
    </NavigationContext>
  )
}
