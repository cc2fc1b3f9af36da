import { describe, expect, it } from 'vitest';
import { controls, matchControl } from '../../../src/lib/control-match';

const page = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
};

const bars = (ids: string[]) => `<svg>${ids.map((id) => `<path data-bar-id="${id}"></path>`).join('')}</svg>`;

// A card pre-rendered with its chart drawn for two widths (scripts/prerender.mjs), and the live card, drawn once.
const CARD_DRAWN_TWICE =
  '<section><h3>Pôles par thème</h3><button>Tableau</button><figure class="chart" data-drawn-widths="596 873">' +
  `<div class="drawn-for" data-drawn-for="596">${bars(['agri', 'energie'])}</div>` +
  `<div class="drawn-for" data-drawn-for="873" hidden>${bars(['agri', 'energie'])}</div>` +
  '</figure><button>CSV</button></section>';
const LIVE_CARD = `<section><h3>Pôles par thème</h3><button>Tableau</button><figure class="chart">${bars(['agri', 'energie'])}</figure><button>CSV</button></section>`;

describe('matchControl', () => {
  it('finds the live copy of a control at the same place among the controls', () => {
    const from = page(LIVE_CARD);
    const to = page(LIVE_CARD);
    const csv = from.querySelectorAll('button')[1];
    expect(csv && matchControl(csv, from, to)).toBe(to.querySelectorAll('button')[1]);
  });

  it('counts a chart drawn for two widths once, and finds the mark of either drawing in the live chart', () => {
    const from = page(CARD_DRAWN_TWICE);
    const to = page(LIVE_CARD);
    expect(controls(from)).toHaveLength(controls(to).length);
    const [first, second] = [...from.querySelectorAll('[data-bar-id="energie"]')];
    const live = to.querySelector('[data-bar-id="energie"]');
    // The laptop's drawing, then the projector's (the one shown at 1,920 px).
    expect(first && matchControl(first, from, to)).toBe(live);
    expect(second && matchControl(second, from, to)).toBe(live);
    // A control after the chart is still found at its place.
    const csv = from.querySelectorAll('button')[1];
    expect(csv && matchControl(csv, from, to)).toBe(to.querySelectorAll('button')[1]);
  });

  it('counts a chart drawn for four widths once, a bar of any drawing being the live chart’s', () => {
    const widths = [596, 633, 681, 873];
    const from = page(
      `<section><h3>Pôles par thème</h3><button>Tableau</button><figure class="chart" data-drawn-widths="${widths.join(' ')}">` +
        widths
          .map(
            (width, index) =>
              `<div class="drawn-for" data-drawn-for="${width}"${index === 0 ? '' : ' hidden'}>${bars(['agri', 'energie'])}</div>`,
          )
          .join('') +
        '</figure><button>CSV</button></section>',
    );
    const to = page(LIVE_CARD);
    expect(controls(from)).toHaveLength(controls(to).length);
    const live = to.querySelector('[data-bar-id="agri"]');
    const drawn = [...from.querySelectorAll('[data-bar-id="agri"]')];
    expect(drawn).toHaveLength(4);
    for (const bar of drawn) expect(matchControl(bar, from, to)).toBe(live);
  });

  it('gives none for a control the live page does not have', () => {
    const from = page(LIVE_CARD);
    const to = page('<section><h3>Pôles par thème</h3><button>Tableau</button></section>');
    const bar = from.querySelector('[data-bar-id="agri"]');
    expect(bar && matchControl(bar, from, to)).toBeNull();
  });
});
