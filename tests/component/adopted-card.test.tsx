import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { dashboardFrame } from '../../src/components/card/card-frame';
import { CardSlot } from '../../src/components/card/card-slot';
import { adoptFirstView, offerFirstView } from '../../src/components/card/first-view-adoption';
import { membershipCard } from '../../src/features/membership/membership-card';
import { DEFAULT_VIEW } from '../../src/model/view';
import { readyFiles } from '../fixtures/card-files';
import { CENTRE_THEMES, centrePoles, PRESS_RELEASE } from '../fixtures/centre-poles';
import { CHART, loadChartChunks } from '../fixtures/charts';

// The chart code arrives as in the page, unless a test holds it back (`codeHeldBack`): the code is in, in these tests.
const code = vi.hoisted(() => ({ heldBack: false }));
vi.mock('../../src/components/charts/lazy-charts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/components/charts/lazy-charts')>();
  return {
    ...real,
    chartCodeArrival: () => (code.heldBack ? new Promise<void>(() => undefined) : real.chartCodeArrival()),
  };
});

const TITLE = 'Adhérents des pôles du Centre';
const FRAME = dashboardFrame('light', () => 'Filtres : aucun');
const FILES = readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES, sources: [PRESS_RELEASE] });

/** An observer the test drives: `report()` says the card came near the viewport. */
let report: () => void = () => undefined;
class Observer {
  constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
    report = () => callback([{ isIntersecting: true }]);
  }
  observe = vi.fn();
  disconnect = vi.fn();
}

/** The card as the build pre-renders it: the live card's markup, in a page of its own. */
function preRendered(): HTMLElement {
  const { container, unmount } = render(
    <CardSlot definition={membershipCard} files={FILES} view={DEFAULT_VIEW} frame={FRAME} />,
  );
  const page = document.createElement('div');
  page.innerHTML = container.innerHTML;
  unmount();
  return page;
}

const slot = (adopt: boolean | null) => (
  <CardSlot definition={membershipCard} files={FILES} view={DEFAULT_VIEW} frame={FRAME} adopt={adopt} />
);

/** Offers the pre-rendered page `from`, draws the live page's place for the card and moves the card into it. */
function takeOver(from: HTMLElement) {
  offerFirstView(from, 'f');
  const result = render(slot(true));
  act(() => adoptFirstView(from, result.container));
  return result;
}

/**
 * Draws the live page's place for the card, the pre-rendered card lying far below the viewport, then moves the
 * pre-rendered card into it, as the takeover does.
 */
function adopted(from = preRendered()) {
  const far = vi
    .spyOn(Element.prototype, 'getBoundingClientRect')
    .mockReturnValue(DOMRect.fromRect({ x: 0, y: 5000, width: 600, height: 400 }));
  const result = takeOver(from);
  // From then on, everything is on screen.
  far.mockRestore();
  return result;
}

const isPreRendered = () => document.querySelector('[data-adopt] [data-card="adherents"]') !== null;

beforeAll(loadChartChunks, 30_000);

beforeEach(() => {
  report = () => undefined;
  vi.stubGlobal('IntersectionObserver', Observer);
});

afterEach(() => {
  offerFirstView(null, null);
  vi.unstubAllGlobals();
  code.heldBack = false;
});

/** Waits until the page holding an adopted card is laid out: the card then looks at its width. */
const nextFrame = () =>
  act(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });

describe('A card far from the viewport when the live page takes over', () => {
  it('is the pre-rendered card, named as before, its ids its own', () => {
    adopted();
    expect(isPreRendered()).toBe(true);
    const card = screen.getByRole('region', { name: TITLE });
    expect(card.getAttribute('aria-labelledby')).toMatch(/^first-view-/);
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(TITLE);
  });

  it('becomes the live card when the reader scrolls near it', async () => {
    adopted();
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    act(() => report());
    expect(isPreRendered()).toBe(false);
    const card = screen.getByRole('region', { name: TITLE });
    expect(card.getAttribute('aria-labelledby')).not.toMatch(/^first-view-/);
    expect(await within(card).findByText('Cosmetic Valley', {}, CHART)).toBeInTheDocument();
  });

  it('hands the focus a keyboard gave its pre-rendered control to the live one', () => {
    adopted();
    const table = within(screen.getByRole('region', { name: TITLE })).getByRole('button', {
      name: 'Tableau',
    });
    act(() => table.focus());
    expect(isPreRendered()).toBe(false);
    const live = within(screen.getByRole('region', { name: TITLE })).getByRole('button', { name: 'Tableau' });
    expect(live).not.toBe(table);
    expect(live).toHaveFocus();
  });

  it('gives a click on a pre-rendered control to the live one, which acts on it', () => {
    adopted();
    const region = screen.getByRole('region', { name: TITLE });
    expect(within(region).queryByRole('table')).toBeNull();
    fireEvent.click(within(region).getByRole('button', { name: 'Tableau' }));
    expect(isPreRendered()).toBe(false);
    expect(within(screen.getByRole('region', { name: TITLE })).getByRole('table')).toBeInTheDocument();
  });

  it('takes a press on a pre-rendered control as its click, given to the live card though the focus was elsewhere', () => {
    adopted();
    // The reader was typing elsewhere in the page.
    const elsewhere = document.body.appendChild(document.createElement('input'));
    elsewhere.focus();
    const region = screen.getByRole('region', { name: TITLE });
    // A press outside any control does nothing.
    expect(fireEvent.mouseDown(within(region).getByRole('heading', { level: 3 }))).toBe(true);
    expect(isPreRendered()).toBe(true);
    const table = within(region).getByRole('button', { name: 'Tableau' });
    // fireEvent returns false when the event's default was prevented: the press does not move the focus.
    expect(fireEvent.mouseDown(table)).toBe(false);
    expect(isPreRendered()).toBe(false);
    // (That the reader's own click then is not done twice is checked in a browser: tests/e2e/first-view.spec.ts.)
    expect(within(screen.getByRole('region', { name: TITLE })).getByRole('table')).toBeInTheDocument();
    elsewhere.remove();
  });

  it('is drawn live once its view or data differ from the pre-rendered ones', () => {
    const { rerender } = adopted();
    expect(isPreRendered()).toBe(true);
    rerender(slot(false));
    expect(isPreRendered()).toBe(false);
    expect(screen.getByRole('region', { name: TITLE })).toBeInTheDocument();
    // And stays live when the view comes back: the pre-rendered card is gone.
    rerender(slot(true));
    expect(document.querySelector('[data-adopt]')).toBeNull();
  });

  it('is drawn live when the pre-rendered page has no such card', () => {
    adopted(document.createElement('div'));
    expect(document.querySelector('[data-adopt]')).toBeNull();
    expect(screen.getByRole('region', { name: TITLE })).toBeInTheDocument();
  });

  it('is drawn live before the page prints', () => {
    adopted();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(isPreRendered()).toBe(false);
  });

  it('is never adopted where there was no pre-render', () => {
    offerFirstView(null, 'f');
    render(slot(true));
    expect(document.querySelector('[data-adopt]')).toBeNull();
    expect(screen.getByRole('region', { name: TITLE })).toBeInTheDocument();
  });

  it('is drawn live when the pre-rendered card’s chart is on screen, drawn for another width', () => {
    const from = preRendered();
    from.querySelector('[data-card]')?.setAttribute('data-chart-top', '200');
    from.querySelector('[data-card]')?.setAttribute('data-drawn-width', '631');
    offerFirstView(from, 'f');
    // jsdom lays nothing out: every card is at the top of the page, on screen, 0 px wide.
    render(slot(true));
    expect(document.querySelector('[data-adopt]')).toBeNull();
    expect(screen.getByRole('region', { name: TITLE })).toBeInTheDocument();
  });

  it('is the pre-rendered card when its chart is on screen, drawn for the card’s width', () => {
    const from = preRendered();
    from.querySelector('[data-card]')?.setAttribute('data-chart-top', '200');
    // Drawn for a laptop's column and for the card's own width (jsdom's 0 px).
    from.querySelector('[data-card]')?.setAttribute('data-drawn-width', '631 0');
    takeOver(from);
    expect(isPreRendered()).toBe(true);
  });
});

describe('A card whose title is on screen and its chart just below the fold', () => {
  /**
   * The card from 700 px down, in jsdom's 768 px high window; its chart 200 px below its top, as the pre-render wrote,
   * the card drawn for `width` (jsdom lays nothing out: the live card is 0 px wide).
   */
  function belowTheFold(width = 0) {
    const from = preRendered();
    for (const card of from.querySelectorAll('[data-card]')) {
      card.setAttribute('data-drawn-width', String(width));
      card.setAttribute('data-chart-top', '200');
    }
    const box = vi
      .spyOn(Element.prototype, 'getBoundingClientRect')
      .mockReturnValue(DOMRect.fromRect({ x: 0, y: 700, width: 600, height: 400 }));
    return { result: takeOver(from), box };
  }

  /**
   * The card below the fold, drawn for `width`, with no scroll and the chart code not said in, once the page holding it
   * is laid out and it has looked at its width; then whatever watches it reports it near.
   */
  async function lookedAtItsWidth(width: number) {
    code.heldBack = true;
    const { box } = belowTheFold(width);
    await nextFrame();
    act(() => report());
    return box;
  }

  /** The reader scrolls, and the card is reported near. */
  function scrollNear() {
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    act(() => report());
  }

  it('is the pre-rendered card until the reader scrolls, then the live one', () => {
    const { box } = belowTheFold();
    expect(isPreRendered()).toBe(true);
    // The reader has not scrolled, and the chart code (in, in these tests) has not been said in yet, a promise away:
    // nothing watches the card.
    act(() => report());
    expect(isPreRendered()).toBe(true);
    scrollNear();
    expect(isPreRendered()).toBe(false);
    box.mockRestore();
  });

  it('is drawn live once the chart code is in, ready for a filter', async () => {
    const { box } = belowTheFold();
    await act(async () => {
      await Promise.resolve();
    });
    act(() => report());
    expect(isPreRendered()).toBe(false);
    box.mockRestore();
  });

  it('drawn for another width (another layout), is drawn live as soon as it is near, before any scroll', async () => {
    // No scroll, and the chart code not said in: only its width can make it go live. Once the page holding it is laid
    // out, the card finds it stands wider than it was drawn.
    const box = await lookedAtItsWidth(596);
    expect(isPreRendered()).toBe(false);
    box.mockRestore();
  });

  it('drawn for its width, stays the pre-rendered card until the reader scrolls', async () => {
    // jsdom lays nothing out: the card is 0 px wide, the width it says it was drawn for.
    const box = await lookedAtItsWidth(0);
    expect(isPreRendered()).toBe(true);
    scrollNear();
    expect(isPreRendered()).toBe(false);
    box.mockRestore();
  });

  it('is drawn live when the window is resized', () => {
    const { box } = belowTheFold();
    act(() => {
      window.dispatchEvent(new Event('resize'));
    });
    act(() => report());
    expect(isPreRendered()).toBe(false);
    box.mockRestore();
  });
});
