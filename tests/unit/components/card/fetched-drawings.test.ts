import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DRAWINGS_ATTRIBUTE as BUILD_DRAWINGS_ATTRIBUTE,
  drawingsFile,
  drawingsList,
} from '../../../../scripts/fetched-drawings.mjs';
import {
  cardsToRedraw,
  DRAWINGS_ATTRIBUTE,
  drawingsFiles,
  fetchDrawings,
  nearestFile,
  putDrawing,
} from '../../../../src/components/card/fetched-drawings';
import { drawnForThisWidth, WIDTH_TOLERANCE } from '../../../../src/components/card/first-view-adoption';

const LIST = '816=drawings-fr-816-08ca7cf8.json 846=drawings-fr-846-c713f46e.json';
const drawing = (cardWidth: number, label = 'neuf') => ({
  cardWidth,
  figureWidth: cardWidth - 35,
  chartTop: 275,
  markup: `<div class="recharts-wrapper"><svg width="${cardWidth - 36}"><text>${label}</text></svg></div>`,
});

/**
 * A pre-rendered card with a chart drawn for `widths` (in boxes, as the build writes them, when there are several),
 * laid out `width` wide at `top`: jsdom lays nothing out, so its measures are given here as a browser would give them.
 */
function card(id: string, widths: number[], width: number, top = 0): HTMLElement {
  const section = document.createElement('section');
  section.setAttribute('data-card', id);
  section.setAttribute('data-drawn-width', widths.join(' '));
  section.setAttribute('data-chart-top', widths.map(() => 300).join(' '));
  const drawingOf = (drawn: number) =>
    `<div class="recharts-wrapper"><svg width="${drawn - 36}"></svg></div>`;
  section.innerHTML =
    widths.length === 1
      ? `<h3>${id}</h3><figure class="chart">${drawingOf(widths[0] ?? 0)}<p class="legend">légende</p></figure>`
      : `<h3>${id}</h3><figure class="chart" data-drawn-widths="${widths.map((drawn) => drawn - 35).join(' ')}">` +
        widths
          .map(
            (drawn, index) =>
              `<div class="drawn-for" data-drawn-for="${drawn - 35}"${index > 0 ? ' hidden' : ''}>${drawingOf(drawn)}</div>`,
          )
          .join('') +
        '<p class="legend">légende</p></figure>';
  Object.defineProperty(section, 'clientWidth', { value: width });
  vi.spyOn(section, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: top, width, height: 500 }),
  );
  return section;
}

function page(...cards: HTMLElement[]): HTMLElement {
  const root = document.createElement('div');
  root.append(...cards);
  return root;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute(DRAWINGS_ATTRIBUTE);
});

describe('the drawings files the page names', () => {
  it('are read from the attribute the build writes, a pair not of its form passed over', () => {
    expect(DRAWINGS_ATTRIBUTE).toBe(BUILD_DRAWINGS_ATTRIBUTE);
    expect(drawingsFiles(LIST)).toEqual([
      { cardWidth: 816, file: 'drawings-fr-816-08ca7cf8.json' },
      { cardWidth: 846, file: 'drawings-fr-846-c713f46e.json' },
    ]);
    expect(drawingsFiles(null)).toEqual([]);
    expect(drawingsFiles('816=../index.html 900=drawings-fr-900-0a.json 901=https://x/y.json')).toEqual([]);
  });

  it('are read as the build names and lists them', () => {
    const files = [338, 1224].map((cardWidth) => ({
      cardWidth,
      file: drawingsFile('en', cardWidth, 'c713f46e0a1b2c3d'),
    }));
    expect(drawingsFiles(drawingsList(files))).toEqual(files);
  });

  it('give the one drawn for the nearest card width, within the tolerance, or none', () => {
    const files = drawingsFiles(LIST);
    expect(nearestFile(files, 828)?.cardWidth).toBe(816);
    expect(nearestFile(files, 832)?.cardWidth).toBe(846);
    expect(nearestFile(files, 846 + WIDTH_TOLERANCE)?.cardWidth).toBe(846);
    expect(nearestFile(files, 846 + WIDTH_TOLERANCE + 1)).toBeNull();
    expect(nearestFile(files, 816 - WIDTH_TOLERANCE - 1)).toBeNull();
  });
});

describe('putDrawing', () => {
  it('puts the drawing in place of a card’s several drawings, and names its width: the card is then drawn for it', () => {
    const section = card('adherents', [631, 908], 828);
    expect(drawnForThisWidth(section)).toBe(false);
    expect(putDrawing(section, drawing(816))).toBe(true);
    const figure = section.querySelector('figure');
    expect([...(figure?.children ?? [])].map((child) => child.className)).toEqual(['drawn-for', 'legend']);
    expect(figure?.querySelector('.drawn-for')?.getAttribute('data-drawn-for')).toBe('781');
    expect(figure?.querySelector('.drawn-for')?.hasAttribute('hidden')).toBe(false);
    expect(figure?.querySelector('text')?.textContent).toBe('neuf');
    expect(figure?.hasAttribute('data-drawn-widths')).toBe(false);
    expect(section.getAttribute('data-drawn-width')).toBe('816');
    expect(section.getAttribute('data-chart-top')).toBe('275');
    expect(drawnForThisWidth(section)).toBe(true);
  });

  it('puts it in place of a card’s one drawing, before what follows it in the figure', () => {
    const section = card('themes', [631], 828);
    expect(putDrawing(section, drawing(816))).toBe(true);
    const figure = section.querySelector('figure');
    expect([...(figure?.children ?? [])].map((child) => child.className)).toEqual(['drawn-for', 'legend']);
    expect(figure?.querySelectorAll('svg')).toHaveLength(1);
  });

  it('leaves a card whose bar the reader clicked or focused as it was: it is drawn live, and the click or focus goes there', () => {
    const clicked = card('adherents', [631, 908], 828);
    clicked.querySelector('svg')?.setAttribute('aria-busy', 'true');
    expect(putDrawing(clicked, drawing(816))).toBe(false);
    expect(clicked.getAttribute('data-drawn-width')).toBe('631 908');
    const focused = card('financement', [631, 908], 828);
    const bar = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    bar.setAttribute('tabindex', '0');
    focused.querySelector('svg')?.append(bar);
    document.body.append(focused);
    try {
      bar.focus();
      expect(putDrawing(focused, drawing(816))).toBe(false);
      expect(focused.querySelectorAll('.drawn-for')).toHaveLength(2);
    } finally {
      focused.remove();
    }
  });

  it('leaves a card without a drawing as it was', () => {
    const section = document.createElement('section');
    section.innerHTML = '<figure class="chart"></figure>';
    expect(putDrawing(section, drawing(816))).toBe(false);
    expect(section.innerHTML).toBe('<figure class="chart"></figure>');
  });
});

describe('fetchDrawings', () => {
  const answer = (body: unknown, status = 200) =>
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));

  it('fetches the file for the columns of the charts near the viewport drawn for other widths, and puts its drawings in', async () => {
    document.documentElement.setAttribute(DRAWINGS_ATTRIBUTE, LIST);
    const near = card('adherents', [631, 908], 828);
    const also = card('financement', [631, 908], 828);
    const far = card('regions', [631, 908], 828, 5000);
    const fetched = answer({
      cardWidth: 816,
      cards: { adherents: drawing(816), financement: drawing(816, 'dix') },
    });
    vi.stubGlobal('fetch', fetched);
    const root = page(near, also, far);
    expect(cardsToRedraw(root)).toEqual([near, also]);
    await expect(fetchDrawings(root, 2000)).resolves.toBe(true);
    expect(fetched).toHaveBeenCalledOnce();
    expect(fetched.mock.calls[0]).toEqual(['./assets/drawings-fr-816-08ca7cf8.json', expect.anything()]);
    expect(also.querySelector('text')?.textContent).toBe('dix');
    // The far card is drawn live when it comes near, as before.
    expect(far.getAttribute('data-drawn-width')).toBe('631 908');
    expect(cardsToRedraw(root)).toEqual([]);
  });

  it('asks for nothing where every chart near the viewport was drawn for its width', async () => {
    document.documentElement.setAttribute(DRAWINGS_ATTRIBUTE, LIST);
    const fetched = answer({});
    vi.stubGlobal('fetch', fetched);
    await expect(fetchDrawings(page(card('adherents', [631, 908], 631)), 2000)).resolves.toBe(true);
    expect(fetched).not.toHaveBeenCalled();
  });

  it('says the charts must be drawn live where the page names no file for their columns, changing nothing', async () => {
    const fetched = answer({});
    vi.stubGlobal('fetch', fetched);
    const section = card('adherents', [631, 908], 828);
    await expect(fetchDrawings(page(section), 2000)).resolves.toBe(false);
    document.documentElement.setAttribute(DRAWINGS_ATTRIBUTE, LIST);
    const wide = card('adherents', [631, 908], 1100);
    await expect(fetchDrawings(page(wide), 2000)).resolves.toBe(false);
    expect(fetched).not.toHaveBeenCalled();
    expect(wide.getAttribute('data-drawn-width')).toBe('631 908');
  });

  it('says so where the file is missing, is not JSON, fails to come or lacks a card, and leaves those cards as they were', async () => {
    document.documentElement.setAttribute(DRAWINGS_ATTRIBUTE, LIST);
    const cases: [string, () => Promise<Response>][] = [
      ['missing', () => Promise.resolve(new Response('Not found\n', { status: 404 }))],
      ['not JSON', () => Promise.resolve(new Response('<!doctype html>', { status: 200 }))],
      ['offline', () => Promise.reject(new TypeError('Failed to fetch'))],
    ];
    for (const [name, fetcher] of cases) {
      vi.stubGlobal('fetch', vi.fn(fetcher));
      const section = card('adherents', [631, 908], 828);
      await expect(fetchDrawings(page(section), 2000), name).resolves.toBe(false);
      expect(section.getAttribute('data-drawn-width'), name).toBe('631 908');
    }
    vi.stubGlobal(
      'fetch',
      answer({ cardWidth: 816, cards: { adherents: drawing(816), financement: { markup: 1 } } }),
    );
    const [kept, lacking] = [card('adherents', [631, 908], 828), card('financement', [631, 908], 828)];
    await expect(fetchDrawings(page(kept, lacking), 2000)).resolves.toBe(false);
    expect(kept.getAttribute('data-drawn-width')).toBe('816');
    expect(lacking.getAttribute('data-drawn-width')).toBe('631 908');
  });

  it('gives up past its patience, and then changes nothing, the live page drawing the charts', async () => {
    vi.useFakeTimers();
    try {
      document.documentElement.setAttribute(DRAWINGS_ATTRIBUTE, LIST);
      vi.stubGlobal(
        'fetch',
        vi.fn(
          (_: string, { signal }: { signal: AbortSignal }) =>
            new Promise<Response>((_resolve, reject) =>
              signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
            ),
        ),
      );
      const section = card('adherents', [631, 908], 828);
      const result = fetchDrawings(page(section), 2000);
      await vi.advanceTimersByTimeAsync(2000);
      await expect(result).resolves.toBe(false);
      expect(section.getAttribute('data-drawn-width')).toBe('631 908');
    } finally {
      vi.useRealTimers();
    }
  });
});
