import type { CardDefinition } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel, type RowToggle } from '../../components/card/card-model';
import type { Pole } from '../../data/schemas';
import { formatInteger, plural } from '../../lib/format';
import { LazyMap } from '../../lib/lazy-map';
import { hasFilters, MAX_COMPARED, type CardView } from '../../model/view';
import { filterPoles } from '../../selectors/filter-poles';
import { nationalSources } from '../../selectors/national-sources';
import { polesTableOf } from './poles-table';
import { rowsInView, sortedRows } from './sorted-rows';

const TITLE = 'Liste des pôles';

/** The « Comparer » checkboxes: ticked for compared poles, disabled once the comparison is full. */
export function compareToggle(poles: readonly Pole[], compared: readonly string[]): RowToggle {
  const full = compared.length >= MAX_COMPARED;
  // Made for the rows drawn only (a page of the list), not for each of 100,000 poles in view.
  return {
    column: 'Comparer',
    rows: new LazyMap(
      poles,
      (pole) => pole.id,
      (pole) => ({
        label: `Comparer ${pole.name}`,
        checked: compared.includes(pole.id),
        disabled: full && !compared.includes(pole.id),
        action: { type: 'toggle-compared', id: pole.id },
      }),
    ),
  };
}

/** Every pole in view with all its facts and its source; sortable, and the way into the comparison. */
export function buildPolesListCard(data: Dataset, view: CardView): CardModel {
  const { sorted, lookups } = sortedRows(data);
  // Filtering the sorted poles keeps their order: no sort on a tick.
  const inView = filterPoles(sorted, view);
  const doubts = inView.filter((pole) => pole.doubt !== null).length;
  const filtered = hasFilters(view.filters);
  return makeCard({
    id: 'liste',
    title: TITLE,
    takeaway: `${plural(inView.length, 'pôle')} sur ${formatInteger(data.poles.length)}${filtered ? ` correspond${inView.length > 1 ? 'ent' : ''} aux filtres` : ''}, dont ${formatInteger(doubts)} avec une réserve sur un fait (colonne « Réserve »). Cliquez sur un nom pour ouvrir la fiche du pôle, sur un en-tête pour trier ; cochez jusqu’à ${MAX_COMPARED} pôles pour les comparer côte à côte.`,
    table: polesTableOf(rowsInView(inView, lookups), data.poles.length),
    sortable: true,
    rowToggle: compareToggle(inView, view.compared),
    sources: nationalSources(data.poles, data.sources),
    exportName: 'liste-poles',
    width: 'wide',
    empty: inView.length === 0 ? { message: 'Aucun pôle ne correspond aux filtres.', reset: filtered } : null,
  });
}

export const polesListCard: CardDefinition = {
  id: 'liste',
  title: () => TITLE,
  needs: ['poles', 'themes', 'regions'],
  reservedHeight: 600,
  inputs: (view) => [view.filters, view.regionScheme, view.compared],
  build: buildPolesListCard,
};
