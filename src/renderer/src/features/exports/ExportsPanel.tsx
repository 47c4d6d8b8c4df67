import { useState } from 'react'
import { useT } from '../../i18n'
import { ExportDialog, type ExportScope } from './ExportDialog'
import { ImportRefsPanel } from './ImportRefsPanel'

/** Exports for people and tools (Zotero, spreadsheets, drafting) and reference imports. */
export function ExportsPanel() {
  const [open, setOpen] = useState(false)
  const t = useT()
  const everything: ExportScope[] = [{ id: 'all', label: t('exports.scopeAll'), filter: async () => undefined }]
  return (
    <>
      <section className="panel" aria-labelledby="exports-title">
        <h2 id="exports-title">{t('exports.panel')}</h2>
        <p className="hint">
          {t('exports.panelHint')}
        </p>
        <button type="button" onClick={() => setOpen(true)}>
          {t('exports.exportAll')}
        </button>
        {open && <ExportDialog scopes={everything} onClose={() => setOpen(false)} />}
      </section>
      <ImportRefsPanel />
    </>
  )
}
