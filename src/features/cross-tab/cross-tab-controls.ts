import type { CardControl } from '../../components/card/card-model';
import type { I18n } from '../../lib/i18n/i18n';
import { DIMENSIONS, type CardView, type CrossTab, type Dimension, type ViewAction } from '../../model/view';
import { dimensionLabel } from './cross-tab-view';

const SHARES: readonly { readonly share: CrossTab['share']; readonly label: string }[] = [
  { share: 'count', label: 'cross-tab.controls.count' },
  { share: 'row', label: 'cross-tab.controls.row' },
  { share: 'column', label: 'cross-tab.controls.column' },
];

/** Rows on `dimension`; choosing the columns' dimension swaps the two, since a facet cannot cross itself. */
export function chooseRows(crossTab: CrossTab, dimension: Dimension): ViewAction {
  const columns = dimension === crossTab.columns ? crossTab.rows : crossTab.columns;
  return { type: 'set-cross-tab', rows: dimension, columns };
}

/** Columns on `dimension`; choosing the rows' dimension swaps the two. */
export function chooseColumns(crossTab: CrossTab, dimension: Dimension): ViewAction {
  const rows = dimension === crossTab.rows ? crossTab.columns : crossTab.rows;
  return { type: 'set-cross-tab', rows, columns: dimension };
}

/** The two dimensions as selects, and what the cells show as a switch. */
export function crossTabControls(view: CardView, i18n: I18n): CardControl[] {
  const { t } = i18n;
  const { crossTab, regionScheme } = view;
  const options = (choose: (crossTab: CrossTab, dimension: Dimension) => ViewAction) =>
    DIMENSIONS.map((dimension) => ({
      value: dimension,
      label: dimensionLabel(dimension, regionScheme, i18n),
      action: choose(crossTab, dimension),
    }));
  return [
    {
      kind: 'select',
      label: t('cross-tab.controls.rows'),
      selected: crossTab.rows,
      options: options(chooseRows),
    },
    {
      kind: 'select',
      label: t('cross-tab.controls.columns'),
      selected: crossTab.columns,
      options: options(chooseColumns),
    },
    {
      kind: 'switch',
      label: t('cross-tab.controls.share'),
      options: SHARES.map(({ share, label }) => ({
        label: t(label),
        pressed: crossTab.share === share,
        action: { type: 'set-cross-share', share },
      })),
    },
  ];
}
