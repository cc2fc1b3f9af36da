import { useI18n } from '../../components/i18n-context';
import { elapsedInWords, formatElapsed } from './clock';
import { useElapsed } from './use-elapsed';

/** Time since the presenter's window opened, mm:ss, with a reset for the start of the talk. */
export function PresenterClock({ now }: { readonly now: () => number }) {
  const { elapsed, reset } = useElapsed(now);
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="presenter-clock" role="group" aria-label={t('presentation.clock.group')}>
      <span
        role="timer"
        aria-label={t('presentation.clock.elapsed', { time: elapsedInWords(elapsed, i18n) })}
      >
        {formatElapsed(elapsed)}
      </span>
      <button type="button" onClick={reset}>
        {t('presentation.clock.reset')}
      </button>
    </div>
  );
}
