import type { ChangeCounts, ImportReport } from '../../../../shared/model/sync'
import { humanize } from '../findings/labels'
import { formatIso } from './hlcTime'

const COLUMNS: (keyof ChangeCounts)[] = ['created', 'updated', 'deleted', 'conflicts', 'unchanged']

/** What a sync file does (or did) to each kind of record, and who made it when. */
export function ImportReportTable({ report, caption }: { report: ImportReport; caption: string }) {
  return (
    <table className="sync-table import-report">
      <caption>
        {caption}: from <strong>{report.sender.deviceName}</strong> <span className="muted">({report.sender.deviceId})</span>, made{' '}
        {formatIso(report.createdAt)}; {report.newChanges} new change{report.newChanges === 1 ? '' : 's'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {humanize(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Object.entries(report.byKind).map(([kind, counts]) => (
          <tr key={kind}>
            <th scope="row">{humanize(kind)}</th>
            {COLUMNS.map((column) => (
              <td key={column}>{counts[column]}</td>
            ))}
          </tr>
        ))}
        <tr className="total-row">
          <th scope="row">Total</th>
          {COLUMNS.map((column) => (
            <td key={column}>{report.total[column]}</td>
          ))}
        </tr>
      </tbody>
    </table>
  )
}
