import { useT } from '../../i18n'
import { controlId } from './formModel'
import { focusField } from './useFindingSession'

/**
 * Every problem that stopped a save, above the form, in the form's order; each links to its
 * field (the first field already has the focus). Announced when it appears.
 */
export function ErrorSummary({ problems }: { problems: readonly { path: string; message: string }[] }) {
  const t = useT()
  if (problems.length === 0) return null
  return (
    <div className="error-summary" role="alert" aria-labelledby="fe-error-summary-title">
      <h3 id="fe-error-summary-title">{t('validation.summary', { count: problems.length })}</h3>
      <ul>
        {problems.map((problem) => (
          <li key={problem.path}>
            <a
              href={`#${controlId(problem.path)}`}
              onClick={(event) => {
                event.preventDefault()
                focusField(problem.path)
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
