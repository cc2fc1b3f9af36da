import type { ViewAction } from '../../model/view';
import type { CardControl } from './card-model';

interface Props {
  readonly controls: readonly CardControl[];
  readonly onAction: (action: ViewAction) => void;
}

/** The card's own controls, drawn from the model: pressed-button switches and removable chips. */
export function CardControls({ controls, onAction }: Props) {
  return controls.map((control) =>
    control.kind === 'switch' ? (
      <div key={control.label} className="view-switch" role="group" aria-label={control.label}>
        {control.options.map((option) => (
          <button
            key={option.label}
            type="button"
            aria-pressed={option.pressed}
            onClick={() => onAction(option.action)}
          >
            {option.label}
          </button>
        ))}
      </div>
    ) : (
      <div key={control.label} className="chips">
        <ul aria-label={control.label}>
          {control.items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="chip"
                onClick={() => onAction(item.action)}
                aria-label={item.removeLabel}
              >
                {item.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="reset" onClick={() => onAction(control.clear.action)}>
          {control.clear.label}
        </button>
      </div>
    ),
  );
}
