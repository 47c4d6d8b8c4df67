import { useEffect, useState } from 'react'
import { DEFAULT_UI_SETTINGS, type UiSettings, type ViewId } from '../../shared/model/app'
import { call } from './api/client'
import { ShortcutsDialog } from './components/ShortcutsDialog'
import { Splitter } from './components/Splitter'
import { UndoToast } from './components/undo'
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
import { errorText } from './i18n/errorText'
import { setLocale, useT } from './i18n'
import { LanguagePicker } from './LanguagePicker'
import { NavigationContext, type Destination } from './navigation'

const VIEWS: ViewId[] = ['essay', 'timeline', 'findings', 'entities', 'search', 'library', 'sync', 'import']

/** The app shell: navigation between views, the resizable side pane, restored preferences. */
export function App() {
  const [settings, setSettings] = useState<UiSettings | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [focus, setFocus] = useState<{ eventId?: string; entityId?: string; findingId?: string; query?: string }>({})
  const t = useT()

  useEffect(() => {
    call('settings.get', {}).then(
      (loaded) => {
        if (loaded.language) setLocale(loaded.language)
        setSettings(loaded)
      },
      (e: unknown) => {
        setError(errorText(e))
        setSettings(DEFAULT_UI_SETTINGS)
      },
    )
  }, [])

  function update(changes: Partial<UiSettings>): void {
    setSettings((current) => current && { ...current, ...changes })
    call('settings.set', changes).catch((e: unknown) => setError(errorText(e)))
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

  if (!settings) return <p className="loading">{t('app.opening')}</p>
  const view = settings.lastView
  return (
    <NavigationContext value={navigate}>
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <span className="app-name">{t('app.name')}</span>
        <nav aria-label={t('app.views')}>
          {VIEWS.map((id) => (
            <button
              key={id}
              type="button"
              className="view-tab"
              aria-current={id === view ? 'page' : undefined}
              onClick={() => navigate({ view: id })}
            >
              {t(`view.${id}`)}
              {id === 'sync' && <ConflictBadge />}
            </button>
          ))}
        </nav>
        <LanguagePicker
          onChange={(language) => {
            setLocale(language)
            update({ language })
          }}
        />
        <button type="button" className="new-finding" onClick={() => openFindingEditor()} aria-keyshortcuts="Alt+N" title={t('actions.newFindingKey')}>
          {t('app.newFinding')}
        </button>
        <button
          type="button"
          className="shortcuts-button"
          aria-label={t('actions.shortcuts')}
          aria-keyshortcuts="?"
          title={t('actions.shortcutsKey')}
          onClick={() => window.dispatchEvent(new Event('workbench:shortcuts'))}
        >
          ?
        </button>
      </header>
      <FindingEditorHost />
      <ShortcutsDialog />
      <UndoToast />
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
                label={t('app.resizeContents')}
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
