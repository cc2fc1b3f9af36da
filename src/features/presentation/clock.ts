import type { I18n } from '../../lib/i18n/i18n';
import { FRENCH } from '../../lib/i18n/i18n-for';

const pad = (value: number): string => String(value).padStart(2, '0');

/** Elapsed time as mm:ss; past an hour the minutes go on counting (75:03), as a talk timer does. */
export function formatElapsed(milliseconds: number): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/** The same duration in words, for screen readers: « 3 minutes 5 secondes », “3 minutes 5 seconds”. */
export function elapsedInWords(milliseconds: number, i18n: I18n = FRENCH): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes === 0
    ? i18n.t('presentation.clock.seconds', { seconds: rest })
    : i18n.t('presentation.clock.minutesSeconds', { minutes, seconds: rest });
}
