import { useState } from 'react'
import { ExportDialog, type ExportScope } from './ExportDialog'
import { ImportRefsPanel } from './ImportRefsPanel'

const EVERYTHING: ExportScope[] = [{ id: 'all', label: 'All findings', filter: async () => undefined }]

/** Exports for people and tools (Zotero, spreadsheets, drafting) and reference imports. */
export function ExportsPanel() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <section className="panel" aria-labelledby="exports-title">
        <h2 id="exports-title">Exports for people and tools</h2>
        <p className="hint">
          CSL-JSON for Zotero, BibTeX, RIS, a CSV spreadsheet or a Markdown report. To export part of the findings, filter
          or select them in Findings and use “Export these findings…”.
        </p>
        <button type="button" onClick={() => setOpen(true)}>
          Export findings…
        </button>
        {open && <ExportDialog scopes={EVERYTHING} onClose={() => setOpen(false)} />}
      </section>
      <ImportRefsPanel />
    </>
  )
}
