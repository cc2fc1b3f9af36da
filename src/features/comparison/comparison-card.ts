import type { CardDefinition } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel } from '../../components/card/card-model';
import { MAX_COMPARED, type CardView } from '../../model/view';
import { comparedPoles } from '../../selectors/comparison';
import { labelIndex } from '../../selectors/labels';
import { citeAll, sourceIndex } from '../../selectors/sources';
import { comparisonBars, comparisonTable, comparisonTakeaway } from './comparison-view';

const TITLE = 'Comparaison côte à côte';
const HOW = `Cochez jusqu’à ${MAX_COMPARED} pôles dans la colonne « Comparer » de la liste ci-dessous pour les voir côte à côte.`;

/** The poles ticked in the list, side by side, in the order they were picked; empty, it says how to fill it. */
export function buildComparisonCard(data: Dataset, view: CardView): CardModel {
  const poles = comparedPoles(data.poles, view.compared);
  const bySource = sourceIndex(data.sources);
  const unknown = poles.filter((pole) => pole.members === null);
  return makeCard({
    id: 'comparaison',
    title: TITLE,
    takeaway: view.compared.length === 0 ? HOW : comparisonTakeaway(poles),
    placeholder: view.compared.length === 0,
    chart: { kind: 'bars', bars: comparisonBars(poles), select: null },
    table: comparisonTable(poles, {
      theme: labelIndex(data.themes),
      region: labelIndex(data.regions),
      source: (id) => bySource.get(id),
    }),
    sources: citeAll(
      data.sources,
      poles.map((pole) => pole.source_id),
    ),
    exportName: 'comparaison-poles',
    defaultView: 'table',
    width: 'wide',
    controls: [
      {
        kind: 'chips',
        label: 'Pôles comparés',
        items: poles.map((pole) => ({
          id: pole.id,
          label: pole.name,
          removeLabel: `Retirer ${pole.name} de la comparaison`,
          action: { type: 'toggle-compared', id: pole.id },
        })),
        clear: { label: 'Vider la comparaison', action: { type: 'clear-compared' } },
      },
    ],
    footnote:
      unknown.length === 0
        ? null
        : {
            label: 'Effectif inconnu :',
            text: `${unknown.map((pole) => pole.name).join(', ')} (non dessiné).`,
          },
  });
}

export const comparisonCard: CardDefinition = {
  id: 'comparaison',
  title: () => TITLE,
  needs: ['poles', 'themes', 'regions'],
  reservedHeight: 400,
  inputs: (view) => [view.compared],
  build: buildComparisonCard,
};
