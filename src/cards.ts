import type { CardDefinition } from './components/card/card-definition';
import { comparisonCard } from './features/comparison/comparison-card';
import { crossTabCard } from './features/cross-tab/cross-tab-card';
import { fundingCard } from './features/funding/funding-card';
import { mapCard } from './features/map/map-card';
import { membershipCard } from './features/membership/membership-card';
import {
  categoriesCard,
  evaluationsCard,
  regionsCard,
  themesCard,
  yearsCard,
} from './features/national-counts/counts-card';
import { polesListCard } from './features/poles-list/poles-list-card';
import { timelineCard } from './features/timeline/timeline-card';

/** The dashboard's sections and, in each, its cards in order; `title` is a message id of the `app` catalogue. */
export const SECTIONS: readonly {
  readonly id: string;
  readonly title: string;
  readonly cards: readonly CardDefinition[];
}[] = [
  { id: 'section-centre', title: 'app.sections.centre', cards: [membershipCard, fundingCard] },
  {
    id: 'section-national',
    title: 'app.sections.national',
    cards: [
      themesCard,
      regionsCard,
      mapCard,
      categoriesCard,
      yearsCard,
      evaluationsCard,
      crossTabCard,
      comparisonCard,
      polesListCard,
    ],
  },
  { id: 'section-timeline', title: 'app.sections.timeline', cards: [timelineCard] },
];

/** Every card of the dashboard, by id: the page's sections and the decks' slides pick from here. */
export const CARDS: ReadonlyMap<string, CardDefinition> = new Map(
  SECTIONS.flatMap((section) => section.cards).map((card) => [card.id, card]),
);
