import { describe, expect, it } from 'vitest';
import { hasImageExport, type ChartSpec } from '../../../../src/components/charts/chart-spec';

describe('hasImageExport', () => {
  it('offers images of the SVG charts only, not of the cross-tab, which is an HTML table', () => {
    const bars: ChartSpec = { kind: 'bars', bars: [], select: null };
    const crossTab: ChartSpec = {
      kind: 'crosstab',
      caption: '',
      rowsLabel: '',
      columnsLabel: '',
      columns: [],
      rows: [],
      columnTotals: [],
      total: '0',
    };
    expect(hasImageExport(bars)).toBe(true);
    expect(hasImageExport({ kind: 'timeline', entries: [] })).toBe(true);
    expect(hasImageExport(crossTab)).toBe(false);
  });
});
