import type { CardDefinition, CardOptions } from '../../components/card/card-definition';
import { makeCard, type CardModel } from '../../components/card/card-model';
import type { Dataset } from '../../data/dataset';
import { hasFilters, type CardView } from '../../model/view';
import { nationalSources } from '../../selectors/national-sources';
import { FACET_PARAMS } from '../../store/url-state';
import { crossTabControls } from './cross-tab-controls';
import { crossTabulate } from './cross-tab-matrix';
import { crossTabSpec, crossTabTable, crossTabTakeaway, droppedNote } from './cross-tab-view';

/** The selected poles counted by two facets the reader picks; a click on a cell filters on its row and its column. */
export function buildCrossTabCard(data: Dataset, view: CardView, { i18n }: CardOptions): CardModel {
  const { t } = i18n;
  const { crossTab, regionScheme } = view;
  const matrix = crossTabulate(data, view, i18n);
  const dropped = droppedNote(matrix, crossTab, i18n);
  return makeCard({
    id: 'croise',
    title: t('cross-tab.title'),
    takeaway: crossTabTakeaway(matrix, i18n),
    hint: t('cross-tab.hint'),
    chart: crossTabSpec(matrix, crossTab, regionScheme, i18n),
    table: crossTabTable(matrix, crossTab, regionScheme, i18n),
    sources: nationalSources(data.poles, data.sources, i18n),
    exportName: `tableau-croise-${FACET_PARAMS[crossTab.rows]}-${FACET_PARAMS[crossTab.columns]}`,
    empty: matrix.total === 0 ? { message: t('cross-tab.empty'), reset: hasFilters(view.filters) } : null,
    footnote: dropped === null ? null : { label: t('cross-tab.footnote.label'), text: dropped },
    controls: crossTabControls(view, i18n),
    width: 'wide',
  });
}

export const crossTabCard: CardDefinition = {
  id: 'croise',
  title: (_view, { i18n }) => i18n.t('cross-tab.title'),
  needs: ['poles', 'themes', 'regions'],
  reservedHeight: 640,
  inputs: (view) => [view.filters, view.regionScheme, view.crossTab],
  build: buildCrossTabCard,
};
