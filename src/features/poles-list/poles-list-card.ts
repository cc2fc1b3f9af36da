import type { CardDefinition, CardOptions } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel, type RowToggle } from '../../components/card/card-model';
import type { Pole } from '../../data/schemas';
import type { I18n } from '../../lib/i18n/i18n';
import { LazyMap } from '../../lib/lazy-map';
import { hasFilters, MAX_COMPARED, type CardView } from '../../model/view';
import { filterPoles } from '../../selectors/filter-poles';
import { nationalSources } from '../../selectors/national-sources';
import { polesTableOf } from './poles-table';
import { rowsInView, sortedRows } from './sorted-rows';

const polesListTitle = ({ t }: I18n): string => t('poles-list.title');

/** The « Comparer » checkboxes: ticked for compared poles, disabled once the comparison is full. */
export function compareToggle(poles: readonly Pole[], compared: readonly string[], { t }: I18n): RowToggle {
  const full = compared.length >= MAX_COMPARED;
  // Made for the rows drawn only (a page of the list), not for each of 100,000 poles in view.
  return {
    column: t('poles-list.compare.column'),
    rows: new LazyMap(
      poles,
      (pole) => pole.id,
      (pole) => ({
        label: t('poles-list.compare.label', { name: pole.name }),
        checked: compared.includes(pole.id),
        disabled: full && !compared.includes(pole.id),
        action: { type: 'toggle-compared', id: pole.id },
      }),
    ),
  };
}

/** Every pole in view with all its facts and its source; sortable, and the way into the comparison. */
export function buildPolesListCard(data: Dataset, view: CardView, { i18n }: CardOptions): CardModel {
  const { t, format } = i18n;
  const rows = sortedRows(data, i18n);
  const { sorted } = rows;
  // Filtering the sorted poles keeps their order: no sort on a tick.
  const inView = filterPoles(sorted, view);
  const doubts = inView.filter((pole) => pole.doubt !== null).length;
  const filtered = hasFilters(view.filters);
  return makeCard({
    id: 'liste',
    title: polesListTitle(i18n),
    takeaway: t('poles-list.takeaway', {
      count: inView.length,
      total: format.integer(data.poles.length),
      filtered: filtered ? 'yes' : 'no',
      doubts: format.integer(doubts),
      max: MAX_COMPARED,
    }),
    table: polesTableOf(rowsInView(inView, rows), data.poles.length, i18n),
    sortable: true,
    rowToggle: compareToggle(inView, view.compared, i18n),
    sources: nationalSources(data.poles, data.sources, i18n),
    exportName: 'liste-poles',
    width: 'wide',
    empty: inView.length === 0 ? { message: t('poles-list.empty'), reset: filtered } : null,
  });
}

export const polesListCard: CardDefinition = {
  id: 'liste',
  title: (_view, { i18n }) => polesListTitle(i18n),
  needs: ['poles', 'themes', 'regions'],
  reservedHeight: 600,
  inputs: (view) => [view.filters, view.regionScheme, view.compared],
  build: buildPolesListCard,
};
