import type { CardDefinition, CardOptions } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel } from '../../components/card/card-model';
import { hasFilters, type CardView } from '../../model/view';
import { citeAll } from '../../selectors/sources';
import { partOf, timelineEntries, timelineTable, timelineTakeaway, visibleMilestones } from './timeline-view';

const TITLE = 'Chronologie de la politique des pôles';
const FILTER_NOTE =
  'Les jalons nationaux ne dépendent pas des filtres ; les signatures de contrats n’apparaissent que si leur pôle est dans la sélection.';

const title = (options: CardOptions) =>
  options.part === undefined ? TITLE : `${TITLE} (${options.part[0]}/${options.part[1]})`;

/** The policy's milestones; on slides, `part` shows one half at a time. */
export function buildTimelineCard(data: Dataset, view: CardView, options: CardOptions): CardModel {
  const shown = partOf(visibleMilestones(data.milestones, data.poles, view), options.part);
  const cited = shown.map((milestone) => milestone.source_id);
  return makeCard({
    id: 'chronologie',
    title: title(options),
    takeaway: timelineTakeaway(shown),
    caveats: hasFilters(view.filters) ? [FILTER_NOTE] : [],
    chart: { kind: 'timeline', entries: timelineEntries(shown) },
    table: timelineTable(shown, title(options), (id) => citeAll(data.sources, [id])[0] ?? id),
    legend: [
      { label: 'Jalon national (rond vide)', swatch: 'bar', role: 'estimateFill' },
      { label: 'Jalon d’un pôle du Centre (rond plein)', swatch: 'bar', role: 'base' },
    ],
    sources: citeAll(data.sources, cited),
    exportName: 'chronologie-poles',
    width: 'wide',
  });
}

export const timelineCard: CardDefinition = {
  id: 'chronologie',
  title: (_view, options) => title(options),
  needs: ['milestones'],
  reservedHeight: 700,
  inputs: (view) => [view.filters, view.regionScheme],
  build: buildTimelineCard,
};
