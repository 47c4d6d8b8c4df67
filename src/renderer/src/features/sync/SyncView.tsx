import { useMemo, useState } from 'react'
import type { Output } from '../../../../shared/api/contract'
import { useCall } from '../../api/useCall'
import { ExportsPanel } from '../exports/ExportsPanel'
import { useFindingsVersion } from '../findings/useFindingsVersion'
import { ConflictsPanel } from './ConflictsPanel'
import { currentLocale, useLabels, useT } from '../../i18n'
import { formatIso } from './hlcTime'
import { ImportSyncPanel } from './ImportSyncPanel'
import { logDetailText } from './logDetail'
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
  const t = useT()
  const deviceName = useMemo(() => deviceNamer(info?.device.deviceId ?? '', info?.peers ?? [], t), [info, t])
  return (
    <main id="main" className="sync-view" tabIndex={-1}>
      <h1>{t('sync.title')}</h1>
      {peers.status === 'error' && <p role="alert">{peers.message}</p>}
      {info && (
        <p className="sync-device">
          {t('sync.thisLaptopIs')} <strong>{info.device.deviceName}</strong>
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
  const t = useT()
  const locale = currentLocale()
  return (
    <section className="panel" aria-labelledby="sync-peers-title">
      <h2 id="sync-peers-title">{t('sync.colleagues')}</h2>
      {peers.length === 0 ? (
        <p className="hint">{t('sync.noColleagues')}</p>
      ) : (
        <table className="sync-table">
          <thead>
            <tr>
              <th scope="col">{t('sync.colleague')}</th>
              <th scope="col">{t('sync.lastSent')}</th>
              <th scope="col">{t('sync.lastReceived')}</th>
            </tr>
          </thead>
          <tbody>
            {peers.map((peer) => (
              <tr key={peer.device_id}>
                <th scope="row">
                  {peer.name}
                </th>
                <td>{formatIso(peer.last_sent_at, t, locale)}</td>
                <td>{formatIso(peer.last_received_at, t, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function ExchangeLog({ log }: { log: PeersInfo['log'] }) {
  const t = useT()
  const labels = useLabels()
  const locale = currentLocale()
  return (
    <section className="panel" aria-labelledby="sync-log-title">
      <h2 id="sync-log-title">{t('sync.log')}</h2>
      {log.length === 0 ? (
        <p className="hint">{t('sync.nothingExchanged')}</p>
      ) : (
        <table className="sync-table" aria-label={t('sync.log')}>
          <thead>
            <tr>
              <th scope="col">{t('sync.when')}</th>
              <th scope="col">{t('sync.what')}</th>
              <th scope="col">{t('sync.colleague')}</th>
              <th scope="col">{t('sync.summary')}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((entry, i) => (
              <tr key={`${entry.at}-${i}`}>
                <td>{formatIso(entry.at, t, locale)}</td>
                <td>{labels.vocab('syncDirection', entry.direction)}</td>
                <td>{entry.peer ?? '—'}</td>
                <td>{entry.detail ? logDetailText(entry.detail, t) : entry.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
