import type { Pole, Source } from '../data/schemas';
import type { I18n } from '../lib/i18n/i18n';
import { FRENCH } from '../lib/i18n/i18n-for';
import { citation, PRIMARY_SOURCE, sourceIndex } from './sources';

// Sources cited per poles array, counted once: every national card cites them on every change of the view.
const PER_ROW = new WeakMap<readonly Pole[], number>();

function sourcesCited(poles: readonly Pole[]): number {
  const known = PER_ROW.get(poles);
  if (known !== undefined) return known;
  const count = new Set(poles.map((pole) => pole.source_id)).size;
  PER_ROW.set(poles, count);
  return count;
}

/** Citations for the national views: the press release that gives the count of 71, then the per-row sources. */
export function nationalSources(
  poles: readonly Pole[],
  sources: readonly Source[] | null,
  i18n: I18n = FRENCH,
): string[] {
  const { t } = i18n;
  const primary = sourceIndex(sources).get(PRIMARY_SOURCE);
  return [
    t('labels.source.selected', {
      citation: primary === undefined ? t('labels.source.primaryShort') : citation(primary, i18n),
    }),
    t('labels.source.perPole', { count: sourcesCited(poles) }),
  ];
}
