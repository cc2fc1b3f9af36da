import type { CardDefinition } from '../../components/card/card-definition';
import { makeCard, type CardModel } from '../../components/card/card-model';
import type { Dataset } from '../../data/dataset';
import { hasFilters, type CardView } from '../../model/view';
import { nationalSources } from '../../selectors/national-sources';
import { FACET_PARAMS } from '../../store/url-state';
import { crossTabControls } from './cross-tab-controls';
import { crossTabulate } from './cross-tab-matrix';
import { crossTabSpec, crossTabTable, crossTabTakeaway, droppedNote } from './cross-tab-view';

const TITLE = 'Tableau croisé des pôles';

/** The selected poles counted by two facets the reader picks; a click on a cell filters on its row and its column. */
export function buildCrossTabCard(data: Dataset, view: CardView): CardModel {
  const { crossTab, regionScheme } = view;
  const matrix = crossTabulate(data, view);
  const dropped = droppedNote(matrix, crossTab);
  return makeCard({
    id: 'croise',
    title: TITLE,
    takeaway: crossTabTakeaway(matrix),
    hint: 'Cliquez sur une case pour filtrer sur sa ligne et sa colonne à la fois (au clavier\u00a0: Tab jusqu’au tableau, flèches, puis Entrée).',
    chart: crossTabSpec(matrix, crossTab, regionScheme),
    table: crossTabTable(matrix, crossTab, regionScheme),
    sources: nationalSources(data.poles, data.sources),
    exportName: `tableau-croise-${FACET_PARAMS[crossTab.rows]}-${FACET_PARAMS[crossTab.columns]}`,
    empty:
      matrix.total === 0
        ? { message: 'Aucun pôle ne correspond aux filtres.', reset: hasFilters(view.filters) }
        : null,
    footnote:
      dropped === null ? null : { label: 'Sans pôle dans la sélection, non affichés\u00a0:', text: dropped },
    controls: crossTabControls(view),
    width: 'wide',
  });
}

export const crossTabCard: CardDefinition = {
  id: 'croise',
  title: () => TITLE,
  needs: ['poles', 'themes', 'regions'],
  reservedHeight: 640,
  inputs: (view) => [view.filters, view.regionScheme, view.crossTab],
  build: buildCrossTabCard,
};
