import { describe, expect, it } from 'vitest';
import { dashboardAddress, embedAddress, pageBase } from '../../../src/store/embed-address';
import { parseUrlState } from '../../../src/store/url-state';
import { viewOf } from '../../fixtures/view';

const BASE = 'https://exemple.fr/poles/';

describe('pageBase', () => {
  it('keeps the origin and the path, drops the query and the fragment', () => {
    expect(pageBase('https://exemple.fr/poles/?theme=energie#contenu')).toBe(BASE);
    expect(pageBase('https://exemple.fr/poles/#contenu')).toBe(BASE);
    expect(pageBase(BASE)).toBe(BASE);
    expect(pageBase('file:///home/a/dist-single/index.html?embed=carte')).toBe(
      'file:///home/a/dist-single/index.html',
    );
  });
});

describe('embedAddress', () => {
  it('names the card and keeps the view, keys sorted', () => {
    expect(embedAddress(BASE, viewOf({ themes: ['energie'], regions: ['centre'] }), 'adherents')).toBe(
      `${BASE}?embed=adherents&region=centre&theme=energie`,
    );
  });

  it('keeps the map of regions, the member scope, the compared poles and the cross-tab’s facets', () => {
    const view = viewOf(
      {},
      {
        regionScheme: '2016',
        membersScope: 'all',
        compared: ['s2e2', 'dream'],
        crossTab: { rows: 'regions', columns: 'years', share: 'row' },
      },
    );
    const address = embedAddress(BASE, view, 'croise');
    expect(address).toBe(
      `${BASE}?adherents=tous&comparer=s2e2,dream&croise=region,annee&decoupage=2016&embed=croise`,
    );
    const back = parseUrlState(new URL(address).search);
    expect([back.embed, back.regionScheme, back.membersScope, back.compared]).toEqual([
      'croise',
      '2016',
      'all',
      ['s2e2', 'dream'],
    ]);
  });

  it('percent-encodes what would break the query', () => {
    expect(embedAddress(BASE, viewOf({ themes: ['a&b'] }), 'x y')).toBe(`${BASE}?embed=x%20y&theme=a%26b`);
  });
});

describe('dashboardAddress', () => {
  it('is the same view without « embed »: the full dashboard', () => {
    expect(dashboardAddress(BASE, viewOf({ themes: ['energie'] }))).toBe(`${BASE}?theme=energie`);
    expect(dashboardAddress(BASE, viewOf())).toBe(BASE);
  });
});
