import { useId, useState, type DragEvent } from 'react'

interface Props {
  label: string
  accept: string
  hint: string
  disabled?: boolean
  onFile(file: File): void
}

/** A labelled file input that also takes a file dropped onto it. */
export function FileDropZone({ label, accept, hint, disabled, onFile }: Props) {
  const id = useId()
  const [over, setOver] = useState(false)
  function onDrop(event: DragEvent): void {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file && !disabled) onFile(file)
  }
  return (
    <div
      className={`drop-zone${over ? ' drop-zone-over' : ''}`}
      onDragOver={(e) => (e.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id}>{label}</label>{' '}
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) onFile(file)
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  )
}
