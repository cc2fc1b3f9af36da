import type { I18n } from '../../lib/i18n/i18n';
import { FRENCH } from '../../lib/i18n/i18n-for';
import type { SyncStatus } from './use-deck-sync';

export const FILE_REFUSED = FRENCH.t('presentation.sync.fileRefused');

/** What the presenter is told about the link with the audience's window; null when there is nothing to say. */
export function syncNotice(
  status: SyncStatus,
  fromFile: boolean,
  presenter: boolean,
  { t }: I18n = FRENCH,
): string | null {
  switch (status) {
    case 'unavailable':
      return fromFile ? t('presentation.sync.fileRefused') : t('presentation.sync.unavailable');
    case 'linked':
      return presenter ? t('presentation.sync.linked') : null;
    case 'alone':
      if (!presenter) return null;
      return fromFile ? t('presentation.sync.aloneFromFile') : t('presentation.sync.alone');
  }
}
