import type { ColorSchemeChoice } from '../../store/state';
import { useDashboard } from '../../store/store';

const CHOICES: readonly { readonly id: ColorSchemeChoice; readonly label: string }[] = [
  { id: 'auto', label: 'Auto' },
  { id: 'light', label: 'Clair' },
  { id: 'dark', label: 'Sombre' },
];

/** Light, dark (high contrast) or the system's choice. */
export function ThemeSwitch() {
  const choice = useDashboard((s) => s.colorScheme);
  const setChoice = useDashboard((s) => s.setColorScheme);
  return (
    <div className="view-switch theme-switch" role="group" aria-label="Thème d’affichage">
      {CHOICES.map(({ id, label }) => (
        <button key={id} type="button" aria-pressed={choice === id} onClick={() => setChoice(id)}>
          {label}
        </button>
      ))}
    </div>
  );
}
