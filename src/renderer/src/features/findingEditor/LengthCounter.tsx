import { useT } from '../../i18n'
import { useEditor } from './editorContext'
import type { TextField } from './formModel'
import { lengthNotice } from './lengthNotice'

/** A live count under a long text field once it nears its limit, so the limit is known before Save. */
export function LengthCounter({ field, limit }: { field: TextField; limit: number }) {
  const t = useT()
  const { form } = useEditor()
  const value = form[field]
  const notice = lengthNotice(typeof value === 'string' ? value.length : 0, limit)
  return (
    <p className={`length-counter${notice?.over ? ' over' : ''}`} role="status">
      {notice && t(notice.key, notice.values)}
    </p>
  )
}
