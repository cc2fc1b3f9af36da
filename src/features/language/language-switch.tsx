import { useI18n } from '../../components/i18n-context';
import type { Lang } from '../../lib/i18n/lang';
import { useDashboard } from '../../store/store';

// Each language is named in itself, and marked so (lang), so that a screen reader says it right.
const CHOICES: readonly { readonly lang: Lang; readonly short: string; readonly name: string }[] = [
  { lang: 'fr', short: 'FR', name: 'language.switch.fr' },
  { lang: 'en', short: 'EN', name: 'language.switch.en' },
];

/** FR / EN: the language of the whole page, kept in the address (`?lang=en`) and remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useI18n();
  const lang = useDashboard((s) => s.lang);
  const setLang = useDashboard((s) => s.setLang);
  return (
    <div className="view-switch language-switch" role="group" aria-label={t('language.switch.label')}>
      {CHOICES.map((choice) => (
        <button
          key={choice.lang}
          type="button"
          lang={choice.lang}
          aria-label={t(choice.name)}
          aria-pressed={lang === choice.lang}
          onClick={() => setLang(choice.lang)}
        >
          {choice.short}
        </button>
      ))}
    </div>
  );
}
