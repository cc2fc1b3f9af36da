import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useDeckSync, type OpenChannel } from '../../../../src/features/presentation/use-deck-sync';
import { channelBus } from '../../../fixtures/channel-bus';

/** One window showing a deck of 7 slides from `start`, linked through `open`. */
function windowAt(start: number, open: OpenChannel, deck = 'courant') {
  return renderHook(() => {
    const [slide, setSlide] = useState(start);
    const status = useDeckSync({ deck, slide, count: 7 }, setSlide, open);
    return { slide, setSlide, status };
  });
}

describe('useDeckSync', () => {
  it('moves the other window when one moves, both ways, and reports them linked', () => {
    const bus = channelBus();
    const audience = windowAt(0, bus.openChannel);
    const presenter = windowAt(0, bus.openChannel);
    act(bus.flush);
    expect(presenter.result.current.status).toBe('linked');
    expect(audience.result.current.status).toBe('linked');

    act(() => presenter.result.current.setSlide(1));
    act(bus.flush);
    expect(audience.result.current.slide).toBe(1);

    act(() => audience.result.current.setSlide(4));
    act(bus.flush);
    expect(presenter.result.current.slide).toBe(4);
  });

  it('never bounces a move back: quick presses end on the last slide in both windows', () => {
    const bus = channelBus();
    const audience = windowAt(0, bus.openChannel);
    const presenter = windowAt(0, bus.openChannel);
    act(bus.flush);
    act(() => presenter.result.current.setSlide(1));
    act(() => presenter.result.current.setSlide(2));
    act(() => presenter.result.current.setSlide(3));
    act(bus.flush);
    act(bus.flush);
    expect(audience.result.current.slide).toBe(3);
    expect(presenter.result.current.slide).toBe(3);
    expect(bus.sent.filter((message) => message.type === 'goto')).toHaveLength(3);
  });

  it('brings a window that opens late to the slide of the one already open', () => {
    const bus = channelBus();
    const audience = windowAt(5, bus.openChannel);
    const presenter = windowAt(0, bus.openChannel);
    act(bus.flush);
    expect(presenter.result.current.slide).toBe(5);
    expect(audience.result.current.slide).toBe(5);
  });

  it('leaves a window usable alone when the other closes, and says it is alone', () => {
    const bus = channelBus();
    const audience = windowAt(0, bus.openChannel);
    const presenter = windowAt(0, bus.openChannel);
    act(bus.flush);
    presenter.unmount();
    act(bus.flush);
    expect(audience.result.current.status).toBe('alone');
    act(() => audience.result.current.setSlide(2));
    act(bus.flush);
    expect(audience.result.current.slide).toBe(2);
  });

  it('keeps two decks apart', () => {
    const bus = channelBus();
    const centre = windowAt(0, bus.openChannel, 'centre');
    const national = windowAt(0, bus.openChannel, 'national');
    act(bus.flush);
    act(() => centre.result.current.setSlide(3));
    act(bus.flush);
    expect(national.result.current.slide).toBe(0);
    expect(national.result.current.status).toBe('alone');
  });

  it('says so when the browser refuses the channel, and still moves on its own', () => {
    const refused = windowAt(0, () => null);
    expect(refused.result.current.status).toBe('unavailable');
    act(() => refused.result.current.setSlide(2));
    expect(refused.result.current.slide).toBe(2);
  });
});
