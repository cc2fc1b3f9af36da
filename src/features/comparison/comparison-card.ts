import type { CardDefinition, CardOptions } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel } from '../../components/card/card-model';
import { MAX_COMPARED, type CardView } from '../../model/view';
import { comparedPoles } from '../../selectors/comparison';
import { labelIndex } from '../../selectors/labels';
import { citeAll, sourceIndex } from '../../selectors/sources';
import { comparisonBars, comparisonTable, comparisonTakeaway } from './comparison-view';

/** The poles ticked in the list, side by side, in the order they were picked; empty, it says how to fill it. */
export function buildComparisonCard(data: Dataset, view: CardView, { i18n }: CardOptions): CardModel {
  const { t, format } = i18n;
  const poles = comparedPoles(data.poles, view.compared);
  const bySource = sourceIndex(data.sources);
  const unknown = poles.filter((pole) => pole.members === null);
  return makeCard({
    id: 'comparaison',
    title: t('comparison.title'),
    takeaway:
      view.compared.length === 0
        ? t('comparison.how', { max: format.integer(MAX_COMPARED) })
        : comparisonTakeaway(poles, i18n),
    placeholder: view.compared.length === 0,
    chart: { kind: 'bars', bars: comparisonBars(poles, i18n), select: null },
    table: comparisonTable(
      poles,
      {
        theme: labelIndex(data.themes, i18n.lang),
        region: labelIndex(data.regions, i18n.lang),
        source: (id) => bySource.get(id),
      },
      i18n,
    ),
    sources: citeAll(
      data.sources,
      poles.map((pole) => pole.source_id),
      i18n,
    ),
    exportName: 'comparaison-poles',
    defaultView: 'table',
    width: 'wide',
    controls: [
      {
        kind: 'chips',
        label: t('comparison.chips.label'),
        items: poles.map((pole) => ({
          id: pole.id,
          label: pole.name,
          removeLabel: t('comparison.chips.remove', { name: pole.name }),
          action: { type: 'toggle-compared', id: pole.id },
        })),
        clear: { label: t('comparison.chips.clear'), action: { type: 'clear-compared' } },
      },
    ],
    footnote:
      unknown.length === 0
        ? null
        : {
            label: t('comparison.unknown.label'),
            text: t('comparison.unknown.text', { names: unknown.map((pole) => pole.name).join(', ') }),
          },
  });
}

export const comparisonCard: CardDefinition = {
  id: 'comparaison',
  title: (_view, { i18n }) => i18n.t('comparison.title'),
  needs: ['poles', 'themes', 'regions'],
  reservedHeight: 400,
  inputs: (view) => [view.compared],
  build: buildComparisonCard,
};
