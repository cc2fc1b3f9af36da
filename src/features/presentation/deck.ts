import type { CardView } from '../../model/view';

/** One slide: the key figures, or a card by its id (with its options, e.g. one half of the timeline). */
export interface SlideRef {
  readonly card: string;
  readonly part?: readonly [number, number];
  /**
   * The speaker's notes: what to say, in the page's language. Numbers are left to the card (its takeaway, caveats and sources
   * are shown with these notes), so that the notes stay true when the data changes.
   */
  readonly notes: string;
}

/** What the presenter's window shows of a slide besides the notes, computed from the card's model. */
export interface SlideFacts {
  readonly title: string;
  /** The card's one-sentence takeaway, or the figures of the key-figures slide; null while the data loads. */
  readonly takeaway: string | null;
  readonly caveats: readonly string[];
  readonly sources: readonly string[];
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

/** A deck file: the same fields, its label and notes given as message ids of the `presentation` catalogue. */
export type DeckSource = DeckSpec;

export const KEY_FIGURES = 'chiffres';
