import type { CardDefinition, CardOptions } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel } from '../../components/card/card-model';
import { hasFilters, type CardView } from '../../model/view';
import { citeAll } from '../../selectors/sources';
import { partOf, timelineEntries, timelineTable, timelineTakeaway, visibleMilestones } from './timeline-view';

const title = ({ part, i18n }: CardOptions) =>
  part === undefined
    ? i18n.t('timeline.title')
    : i18n.t('timeline.titlePart', { part: String(part[0]), parts: String(part[1]) });

/** The policy's milestones; on slides, `part` shows one half at a time. */
export function buildTimelineCard(data: Dataset, view: CardView, options: CardOptions): CardModel {
  const { i18n } = options;
  const { t } = i18n;
  const shown = partOf(visibleMilestones(data.milestones, data.poles, view), options.part);
  const cited = shown.map((milestone) => milestone.source_id);
  return makeCard({
    id: 'chronologie',
    title: title(options),
    takeaway: timelineTakeaway(shown, i18n),
    caveats: hasFilters(view.filters) ? [t('timeline.filterNote')] : [],
    chart: { kind: 'timeline', entries: timelineEntries(shown, i18n) },
    table: timelineTable(shown, title(options), (id) => citeAll(data.sources, [id], i18n)[0] ?? id, i18n),
    legend: [
      { label: t('timeline.legend.national'), swatch: 'bar', role: 'estimateFill' },
      { label: t('timeline.legend.centre'), swatch: 'bar', role: 'base' },
    ],
    sources: citeAll(data.sources, cited, i18n),
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
