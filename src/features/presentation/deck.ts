import type { CardView } from '../../model/view';

/** One slide: the key figures, or a card by its id (with its options, e.g. one half of the timeline). */
export interface SlideRef {
  readonly card: string;
  readonly part?: readonly [number, number];
}

export interface DeckSpec {
  readonly id: string;
  readonly label: string;
  /** Place in the deck menu. */
  readonly order: number;
  /** The view of a ready-made deck; null presents what the reader is looking at now. */
  readonly view: CardView | null;
  readonly slides: readonly SlideRef[];
}

export const KEY_FIGURES = 'chiffres';
