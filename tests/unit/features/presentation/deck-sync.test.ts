import { describe, expect, it } from 'vitest';
import { channelName, parseSyncMessage, receive } from '../../../../src/features/presentation/deck-sync';

const here = { deck: 'courant', slide: 2, count: 7 };

describe('parseSyncMessage', () => {
  it('reads the four messages the windows send', () => {
    expect(parseSyncMessage({ type: 'goto', deck: 'centre', slide: 3 })).toEqual({
      type: 'goto',
      deck: 'centre',
      slide: 3,
    });
    expect(parseSyncMessage({ type: 'state', deck: 'centre', slide: 0 })).toEqual({
      type: 'state',
      deck: 'centre',
      slide: 0,
    });
    expect(parseSyncMessage({ type: 'hello', deck: 'national', slide: 'ignored' })).toEqual({
      type: 'hello',
      deck: 'national',
    });
    expect(parseSyncMessage({ type: 'bye', deck: 'national' })).toEqual({ type: 'bye', deck: 'national' });
  });

  it('drops anything else: another page’s message, a bad deck id, a slide that is not a whole number from 0', () => {
    for (const data of [
      null,
      'goto',
      42,
      [],
      { type: 'goto', deck: 'centre' },
      { type: 'goto', deck: 'centre', slide: -1 },
      { type: 'goto', deck: 'centre', slide: 1.5 },
      { type: 'goto', deck: 'centre', slide: '2' },
      { type: 'goto', deck: 'centre', slide: 5000 },
      { type: 'goto', deck: '../centre', slide: 1 },
      { type: 'goto', deck: 7, slide: 1 },
      { type: 'leave', deck: 'centre' },
    ])
      expect(parseSyncMessage(data), JSON.stringify(data)).toBeNull();
  });
});

describe('receive', () => {
  it('follows a move of the same deck', () => {
    expect(receive({ type: 'goto', deck: 'courant', slide: 4 }, here)).toEqual({
      goto: 4,
      reply: null,
      peer: true,
    });
  });

  it('stays put on a move to the slide it already shows, so nothing bounces back', () => {
    expect(receive({ type: 'goto', deck: 'courant', slide: 2 }, here).goto).toBeNull();
  });

  it('keeps a move within the deck', () => {
    expect(receive({ type: 'goto', deck: 'courant', slide: 30 }, here).goto).toBe(6);
  });

  it('takes the slide of the windows already open when it answers their state', () => {
    expect(receive({ type: 'state', deck: 'courant', slide: 5 }, here).goto).toBe(5);
  });

  it('answers a newcomer with its own slide', () => {
    expect(receive({ type: 'hello', deck: 'courant' }, here)).toEqual({
      goto: null,
      reply: { type: 'state', deck: 'courant', slide: 2 },
      peer: true,
    });
  });

  it('notes that the other window left', () => {
    expect(receive({ type: 'bye', deck: 'courant' }, here)).toEqual({ goto: null, reply: null, peer: false });
  });

  it('ignores another deck entirely', () => {
    expect(receive({ type: 'goto', deck: 'centre', slide: 4 }, here)).toEqual({
      goto: null,
      reply: null,
      peer: null,
    });
    expect(receive({ type: 'hello', deck: 'centre' }, here).reply).toBeNull();
  });

  it('gives each deck a channel of its own', () => {
    expect(channelName('centre')).not.toBe(channelName('national'));
  });
});
