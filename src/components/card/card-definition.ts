import type { Dataset } from '../../data/dataset';
import type { I18n } from '../../lib/i18n/i18n';
import type { FileId } from '../../data/files';
import type { CardView } from '../../model/view';
import type { CardModel } from './card-model';

/** Options of one placement of a card: `part` splits the timeline over slides ([1, 2] is the first half). */
export interface CardPlacement {
  readonly part?: readonly [number, number];
}

/** What a builder and a title receive besides the data and the view: the placement, and the language as data. */
export interface CardOptions extends CardPlacement {
  /** Every text of the card comes from `i18n.t` and `i18n.format`; a new language builds the card again. */
  readonly i18n: I18n;
}

/** A card: what it needs, its title in every state, and its pure builder. Adding a card is adding one of these. */
export interface CardDefinition {
  readonly id: string;
  readonly title: (view: CardView, options: CardOptions) => string;
  readonly needs: readonly FileId[];
  /** Height held while the data loads, so that the page does not jump. */
  readonly reservedHeight: number;
  /** Exactly what `build` reads of the view: the model is built again only when one of these changes (Object.is). */
  readonly inputs: (view: CardView) => readonly unknown[];
  readonly build: (data: Dataset, view: CardView, options: CardOptions) => CardModel;
}
