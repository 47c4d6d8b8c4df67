import { useState, type KeyboardEvent } from 'react'

export interface ComboOption {
  id: string
  label: string
  /** Other names, dates or ids, shown after the label. */
  detail?: string
}

interface ComboboxProps {
  id: string
  label: string
  text: string
  onText(text: string): void
  options: readonly ComboOption[]
  onPick(option: ComboOption): void
  placeholder?: string
  describedBy?: string
  invalid?: boolean
}

/**
 * A text box with a list of matches (WAI-ARIA combobox): type to filter, ArrowDown/ArrowUp to
 * move, Enter to pick, Escape to close the list without closing the editor. Enter never submits
 * the form around it, even when nothing matches.
 */
export function Combobox({ id, label, text, onText, options, onPick, placeholder, describedBy, invalid }: ComboboxProps) {
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const listId = `${id}-list`
  const shown = open && options.length > 0
  const current = Math.min(active, options.length - 1)

  function pick(option: ComboOption | undefined): void {
    if (!option) return
    onPick(option)
    setOpen(false)
    setActive(0)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current + step + options.length) % Math.max(options.length, 1))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (shown) pick(options[current])
    } else if (event.key === 'Escape' && shown) {
      event.stopPropagation()
      event.preventDefault()
      setOpen(false)
    }
  }

  return (
    <div className="combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${listId}-${current}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          onText(e.target.value)
          setOpen(true)
          setActive(0)
        }}
        onFocus={() => setOpen(text !== '')}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="combo-list" hidden={!shown}>
        {shown &&
          options.map((option, i) => (
            <li
              key={option.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault()
                pick(option)
              }}
            >
              {option.label}
              {option.detail && <span className="detail"> {option.detail}</span>}
            </li>
          ))}
      </ul>
    </div>
  )
}
