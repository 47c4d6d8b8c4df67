import type { PassageAnchor } from '../../../../shared/anchoring'

/** What the finding editor should open with: an existing finding, or a new one pre-linked. */
export interface EditorRequest {
  /** Edit this finding; absent for a new one. */
  findingId?: string
  /** A passage selected in the essay, to link the new finding to (W3C quote + position). */
  passage?: PassageAnchor
  /** Essay sections to pre-select. */
  sections?: string[]
}

type Listener = (request: EditorRequest) => void
const listeners = new Set<Listener>()

/**
 * Opens the finding editor from anywhere (the menu, Ctrl/Cmd+N, the essay's selection action,
 * a finding's Edit button) without those places knowing how the editor is laid out.
 */
export function openFindingEditor(request: EditorRequest = {}): void {
  for (const listener of listeners) listener(request)
}

/** The editor subscribes here; returns the unsubscribe function. */
export function onOpenFindingEditor(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
