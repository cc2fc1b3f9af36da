/**
 * What the audience's window and the presenter's window tell each other over a BroadcastChannel: one channel per
 * deck, so that two decks open at once never steer each other.
 */
export type SyncMessage =
  | { readonly type: 'goto'; readonly deck: string; readonly slide: number }
  /** A window that opens asks where the others are… */
  | { readonly type: 'hello'; readonly deck: string }
  /** …and they answer with their slide, so that it catches up. */
  | { readonly type: 'state'; readonly deck: string; readonly slide: number }
  /** A window that closes or leaves the deck. */
  | { readonly type: 'bye'; readonly deck: string };

export const channelName = (deck: string): string => `poles-presentation-${deck}`;

const DECK_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

const isSlide = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000;

/** The message, checked field by field; anything else (another page's message, a malformed one) is null. */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const type: unknown = Reflect.get(data, 'type');
  const deck: unknown = Reflect.get(data, 'deck');
  const slide: unknown = Reflect.get(data, 'slide');
  if (typeof deck !== 'string' || !DECK_ID.test(deck)) return null;
  switch (type) {
    case 'goto':
    case 'state':
      return isSlide(slide) ? { type, deck, slide } : null;
    case 'hello':
    case 'bye':
      return { type, deck };
    default:
      return null;
  }
}

export interface DeckPosition {
  readonly deck: string;
  readonly slide: number;
  readonly count: number;
}

export interface SyncOutcome {
  /** The slide to move to, already within the deck; null to stay. */
  readonly goto: number | null;
  readonly reply: SyncMessage | null;
  /** Whether another window is now known to be there. */
  readonly peer: boolean | null;
}

const NOTHING: SyncOutcome = { goto: null, reply: null, peer: null };

/** What a window does with a message: follow a move, answer a newcomer, note a departure. */
export function receive(message: SyncMessage, here: DeckPosition): SyncOutcome {
  if (message.deck !== here.deck) return NOTHING;
  switch (message.type) {
    case 'goto':
    case 'state': {
      const target = Math.min(message.slide, Math.max(0, here.count - 1));
      return { goto: target === here.slide ? null : target, reply: null, peer: true };
    }
    case 'hello':
      return { goto: null, reply: { type: 'state', deck: here.deck, slide: here.slide }, peer: true };
    case 'bye':
      return { goto: null, reply: null, peer: false };
  }
}
