import './strictCsp'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { finishPendingThenClose } from './api/beforeClose'
import { on } from './api/client'
import { RecoveryGate } from './features/library/RecoveryGate'
import './styles.css'

// The desktop shell asks before it closes the window (only Electron sends this): what is not yet
// on disk is written, then the page closes its own window.
on('window.closing', () => void finishPendingThenClose(() => window.close()))

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RecoveryGate>
        <App />
      </RecoveryGate>
    </StrictMode>,
  )
}
