import { useMemo, useState } from 'react'
import type { Output } from '../../../../shared/api/contract'
import { useCall } from '../../api/useCall'
import { ExportsPanel } from '../exports/ExportsPanel'
import { useFindingsVersion } from '../findings/useFindingsVersion'
import { ConflictsPanel } from './ConflictsPanel'
import { formatIso } from './hlcTime'
import { ImportSyncPanel } from './ImportSyncPanel'
import { SendPanel } from './SendPanel'
import { TeamPanel } from './TeamPanel'
import { deviceNamer } from './sides'

type PeersInfo = Output<'sync.peers'>

/**
 * Exchanging changes with colleagues by file (send, receive, resolve conflicts, the log), and
 * exports for people and tools.
 */
export function SyncView() {
  const version = useFindingsVersion()
  const [exports, setExports] = useState(0)
  const peers = useCall('sync.peers', {}, `${version}/${exports}`)
  const info = peers.status === 'done' ? peers.value : undefined
  const deviceName = useMemo(() => deviceNamer(info?.device.deviceId ?? '', info?.peers ?? []), [info])
  return (
    <main id="main" className="sync-view" tabIndex={-1}>
      <h1>Sync &amp; export</h1>
      {peers.status === 'error' && <p role="alert">{peers.message}</p>}
      {info && (
        <p className="sync-device">
          This laptop: <strong>{info.device.deviceName}</strong> <span className="muted">(device {info.device.deviceId})</span>
        </p>
      )}
      <ConflictsPanel deviceId={info?.device.deviceId} deviceName={deviceName} version={version} />
      <div className="sync-columns">
        <div className="sync-column">
          <ImportSyncPanel />
          <SendPanel peers={info?.peers ?? []} onExported={() => setExports((n) => n + 1)} />
        </div>
        <div className="sync-column">
          <TeamPanel />
          {info && <Colleagues peers={info.peers} />}
          {info && <ExchangeLog log={info.log} />}
        </div>
      </div>
      <div className="sync-columns">
        <ExportsPanel />
      </div>
    </main>
  )
}

function Colleagues({ peers }: { peers: PeersInfo['peers'] }) {
  return (
    <section className="panel" aria-labelledby="sync-peers-title">
      <h2 id="sync-peers-title">Colleagues</h2>
      {peers.length === 0 ? (
        <p className="hint">No colleague yet: a colleague becomes known once a file from them is imported.</p>
      ) : (
        <table className="sync-table">
          <thead>
            <tr>
              <th scope="col">Colleague</th>
              <th scope="col">Last sent to</th>
              <th scope="col">Last received from</th>
            </tr>
          </thead>
          <tbody>
            {peers.map((peer) => (
              <tr key={peer.device_id}>
                <th scope="row">
                  {peer.name} <span className="muted">({peer.device_id})</span>
                </th>
                <td>{formatIso(peer.last_sent_at)}</td>
                <td>{formatIso(peer.last_received_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

const DIRECTIONS = { export: 'Sent', import: 'Received', resolve: 'Resolved' } as const

function ExchangeLog({ log }: { log: PeersInfo['log'] }) {
  return (
    <section className="panel" aria-labelledby="sync-log-title">
      <h2 id="sync-log-title">Exchange log</h2>
      {log.length === 0 ? (
        <p className="hint">Nothing exchanged yet.</p>
      ) : (
        <table className="sync-table" aria-label="Exchange log">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Colleague</th>
              <th scope="col">Summary</th>
            </tr>
          </thead>
          <tbody>
            {log.map((entry, i) => (
              <tr key={`${entry.at}-${i}`}>
                <td>{formatIso(entry.at)}</td>
                <td>{DIRECTIONS[entry.direction]}</td>
                <td>{entry.peer ?? '—'}</td>
                <td>{entry.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
