import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Finding } from '../../../../shared/model/finding'
import { useCall } from '../../api/useCall'
import { useT } from '../../i18n'
import { ContentFields } from './ContentFields'
import { DocumentFields } from './DocumentFields'
import { DraftOffer } from './DraftOffer'
import { EditorContext } from './editorContext'
import { EssayFields } from './EssayFields'
import { LinkFields } from './LinkFields'
import { onOpenFindingEditor, type EditorRequest } from './openEditor'
import { PagesField } from './PagesField'
import { ProvenanceFields } from './ProvenanceFields'
import { ErrorSummary } from './ErrorSummary'
import { useFindingSession } from './useFindingSession'

/** How long "Saved …" stays on screen. */
const NOTICE_MS = 5_000
const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
/** Ctrl on Windows and Linux, Cmd on macOS. */
export const isCommand = (e: { ctrlKey: boolean; metaKey: boolean }): boolean => (isMac ? e.metaKey : e.ctrlKey)

interface Props {
  request: EditorRequest
  onClose(saved?: Finding): void
}

/**
 * The finding editor, a modal panel over any view. Keyboard first: Tab follows the form,
 * Ctrl/Cmd+S or Ctrl/Cmd+Enter saves, Escape closes and keeps the draft.
 */
export function FindingEditor({ request, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const session = useFindingSession(request)
  const essay = useCall('essay.get', {})
  const repositories = useCall('repositories.list', {})
  const t = useT()
  // The form waits for the repositories too: a name typed before they arrive would match none
  // and Enter would offer to add an archive the library already has.
  const loading = session.loading || repositories.status === 'loading'

  useEffect(() => dialog.current?.showModal(), [])
  // The first field takes the focus once the form holds the finding (it is inert while loading),
  // before the enabled form is painted: a focus moved later took keys already typed into another field.
  useLayoutEffect(() => {
    if (!loading) document.getElementById('fe-repository_id')?.focus()
  }, [loading])

  async function close(): Promise<void> {
    await session.autosave.flush()
    onClose()
  }

  async function save(): Promise<void> {
    const finding = await session.save()
    if (finding) onClose(finding)
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (isCommand(event) && (event.key === 's' || event.key === 'Enter')) {
      event.preventDefault()
      void save()
    }
  }

  const title = session.findingId ? t('editor.edit') : t('editor.new')
  return (
    <dialog
      ref={dialog}
      className="finding-editor"
      aria-labelledby="fe-title"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault()
        void close()
      }}
      onBlur={() => void session.autosave.flush()}
    >
      <EditorContext value={{ form: session.form, set: session.set, errors: session.errors }}>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void save()
          }}
        >
          <header className="editor-header">
            <h2 id="fe-title">{title}</h2>
            <p className="autosave muted" aria-live="polite">
              {session.autosave.error ?? (session.autosave.savedAt ? t('editor.draftSaved', { time: session.autosave.savedAt }) : t('editor.draftsAsYouType'))}
            </p>
          </header>
          <DraftOffer drafts={session.drafts} onResume={(d) => void session.resume(d)} onDiscard={(d) => void session.discardDraft(d)} />
          <ErrorSummary problems={session.summary} />
          {session.problem && (
            <p className="error-banner" role="alert">
              {session.problem}
            </p>
          )}
          {loading && (
            <p className="muted" role="status">
              {session.loading ? t('editor.loadingFinding') : t('editor.loadingRepositories')}
            </p>
          )}
          {/* Disabled, not only inert: a field typed into before the finding arrives would be overwritten by it. */}
          <fieldset className="editor-body" disabled={loading} inert={loading} aria-busy={loading}>
            <DocumentFields repositories={repositories.status === 'done' ? repositories.value : []} findingId={session.findingId} />
            <ContentFields />
            <EssayFields essay={essay.status === 'done' ? essay.value : undefined} />
            <LinkFields />
            <ProvenanceFields />
            <PagesField findingId={session.findingId} />
          </fieldset>
          <footer className="editor-footer">
            <button type="submit" className="primary" disabled={session.saving || loading} aria-keyshortcuts="Control+S Control+Enter">
              {session.saving ? t('editor.saving') : t('editor.save')}
            </button>
            <button type="button" onClick={() => void close()}>
              {t('editor.close')}
            </button>
            <span className="muted">{t('editor.keys')}</span>
          </footer>
        </form>
      </EditorContext>
    </dialog>
  )
}

/** Mounts the editor when anything asks for it (Alt+N, Ctrl/Cmd+N in the desktop app, the top bar, the essay, a list) and says what was saved. */
export function FindingEditorHost() {
  const [session, setSession] = useState<{ key: number; request: EditorRequest }>()
  const [notice, setNotice] = useState<string>()
  const t = useT()

  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => setNotice(undefined), NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice])
  useEffect(() => onOpenFindingEditor((request) => setSession((current) => ({ key: (current?.key ?? 0) + 1, request }))), [])
  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent): void {
      // Alt+N in both hosts (a browser keeps Ctrl+N for a new window; the desktop app still takes it).
      const altN = event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyN'
      if (altN || (isCommand(event) && !event.shiftKey && event.key.toLowerCase() === 'n')) {
        event.preventDefault()
        setSession((current) => current ?? { key: 1, request: {} })
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <>
      {session && (
        <FindingEditor
          key={session.key}
          request={session.request}
          onClose={(saved) => {
            setSession(undefined)
            if (saved) setNotice(t('editor.savedNotice', { title: saved.title_or_description }))
          }}
        />
      )}
      <p className="save-notice" role="status">
        {notice}
      </p>
    </>
  )
}
