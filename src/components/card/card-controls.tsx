import type { ViewAction } from '../../model/view';
import type { CardControl, ChipsControl, SelectControl, SwitchControl } from './card-model';

interface Props {
  readonly controls: readonly CardControl[];
  readonly onAction: (action: ViewAction) => void;
}

type Act = (action: ViewAction) => void;

function Switch({ control, onAction }: { readonly control: SwitchControl; readonly onAction: Act }) {
  return (
    <div className="view-switch" role="group" aria-label={control.label}>
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
  );
}

function Chips({ control, onAction }: { readonly control: ChipsControl; readonly onAction: Act }) {
  return (
    <div className="chips">
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
  );
}

function Select({ control, onAction }: { readonly control: SelectControl; readonly onAction: Act }) {
  return (
    <label className="card-select">
      <span>{control.label}</span>
      <select
        value={control.selected}
        onChange={(event) => {
          const option = control.options.find((candidate) => candidate.value === event.target.value);
          if (option !== undefined) onAction(option.action);
        }}
      >
        {control.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The card's own controls, drawn from the model: pressed-button switches, removable chips and selects. */
export function CardControls({ controls, onAction }: Props) {
  return controls.map((control) => {
    switch (control.kind) {
      case 'switch':
        return <Switch key={control.label} control={control} onAction={onAction} />;
      case 'chips':
        return <Chips key={control.label} control={control} onAction={onAction} />;
      case 'select':
        return <Select key={control.label} control={control} onAction={onAction} />;
    }
  });
}
