import { useI18n } from '../../components/i18n-context';
import type { ColorSchemeChoice } from '../../store/state';
import { useDashboard } from '../../store/store';

const CHOICES: readonly { readonly id: ColorSchemeChoice; readonly label: string }[] = [
  { id: 'auto', label: 'theme.auto' },
  { id: 'light', label: 'theme.light' },
  { id: 'dark', label: 'theme.dark' },
];

/** Light, dark (high contrast) or the system's choice. */
export function ThemeSwitch() {
  const { t } = useI18n();
  const choice = useDashboard((s) => s.colorScheme);
  const setChoice = useDashboard((s) => s.setColorScheme);
  return (
    <div className="view-switch theme-switch" role="group" aria-label={t('theme.group')}>
      {CHOICES.map(({ id, label }) => (
        <button key={id} type="button" aria-pressed={choice === id} onClick={() => setChoice(id)}>
          {t(label)}
        </button>
      ))}
    </div>
  );
}
