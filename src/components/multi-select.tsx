import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from './i18n-context';

export interface Option {
  readonly id: string;
  readonly label: string;
  readonly count: number;
}

interface Props {
  readonly label: string;
  readonly options: readonly Option[];
  readonly selected: readonly string[];
  readonly onToggle: (id: string) => void;
  readonly disabled?: boolean;
}

/** A disclosure button over a list of native checkboxes: keyboard operable as is, with the count of poles per option. */
export function MultiSelect({ label, options, selected, onToggle, disabled = false }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== 'Escape' ||
        !(event.target instanceof Node) ||
        !rootRef.current?.contains(event.target)
      )
        return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const summary =
    selected.length === 0 ? t('table.select.all') : t('table.select.selected', { count: selected.length });

  return (
    <div className="multi-select" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="multi-select-button"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={disabled}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="multi-select-label">{label}</span>{' '}
        <span className="multi-select-summary">({summary})</span>
        <span aria-hidden="true" className="chevron">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id={panelId} className="multi-select-panel" hidden={!open}>
        <fieldset>
          <legend>{label}</legend>
          <ul>
            {options.map((option) => (
              <li key={option.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.includes(option.id)}
                    onChange={() => onToggle(option.id)}
                  />
                  <span className="option-label">{option.label}</span>{' '}
                  <span className="option-count">
                    {option.count}
                    <span className="visually-hidden">
                      {t('table.select.poles', { count: option.count })}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
    </div>
  );
}
