import type { Api } from '../../shared/api/contract'
import type { Clock } from '../clock'
import type { Db } from '../db/types'
import type { FindingService } from '../findings/findingService'
import type { Identity } from '../identity'
import type { OpStore } from '../sync/opStore'
import { createPeers } from '../sync/peers'
import { createHistory } from './historyService'

type HistoryApi = Pick<Api, 'history.forFinding' | 'history.restoreValue'>

/** Serves a finding's history and the restoring of earlier values. */
export function createHistoryApi(db: Db, deps: { ops: OpStore; findings: FindingService; identity: Identity; clock: Clock }): HistoryApi {
  const { deviceId } = deps.identity
  const peers = createPeers(db, deps.clock, { deviceId, issued: () => deps.ops.latestOwn(), heldUpTo: (device) => deps.ops.latestOf(device) })
  const history = createHistory(db, { ...deps, colleagues: () => peers.list() })
  return {
    'history.forFinding': ({ id }) => history.forFinding(id),
    'history.restoreValue': (request) => ({ finding: history.restoreValue(request) }),
  }
}
