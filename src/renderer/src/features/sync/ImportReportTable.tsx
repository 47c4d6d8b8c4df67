import type { ChangeCounts, ImportReport } from '../../../../shared/model/sync'
import { currentLocale, useLabels, useT } from '../../i18n'
import { formatIso } from './hlcTime'

const COLUMNS: (keyof ChangeCounts)[] = ['created', 'updated', 'deleted', 'conflicts', 'unchanged']

/** What a sync file does (or did) to each kind of record, and who made it when. */
export function ImportReportTable({ report, caption }: { report: ImportReport; caption: string }) {
  const t = useT()
  const labels = useLabels()
  return (
    <table className="sync-table import-report">
      <caption>
        {t('sync.reportCaption', {
          caption,
          sender: report.sender.deviceName,
          date: formatIso(report.createdAt, t, currentLocale()),
          changes: t('count.newChange', { count: report.newChanges }),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('sync.records')}</th>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {labels.vocab('changeCount', column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Object.entries(report.byKind).map(([kind, counts]) => (
          <tr key={kind}>
            <th scope="row">{labels.vocab('syncRecordKind', kind)}</th>
            {COLUMNS.map((column) => (
              <td key={column}>{counts[column]}</td>
            ))}
          </tr>
        ))}
        <tr className="total-row">
          <th scope="row">{t('sync.total')}</th>
          {COLUMNS.map((column) => (
            <td key={column}>{report.total[column]}</td>
          ))}
        </tr>
      </tbody>
    </table>
  )
}
