import { describe, expect, it } from 'vitest';
import { polesIndex, rememberPolesIndex } from '../../../../src/data/poles-index';
import { byName, poleRow } from '../../../../src/features/poles-list/poles-table';
import { byNameOrder, rowsInView, sortedRows } from '../../../../src/features/poles-list/sorted-rows';
import { labelIndex } from '../../../../src/selectors/labels';
import { sourceIndex } from '../../../../src/selectors/sources';
import { FR } from '../../../fixtures/i18n';
import { pole, region, source, theme } from '../../../fixtures/rows';
import { datasetOf } from '../dataset-of';

const POLES = [
  pole({ id: 'vegepolys', name: 'Vegepolys', theme: 'agro', source_id: 'src-a' }),
  pole({ id: 'elastopole', name: 'Élastopôle', region_2013: 'centre', source_id: 'src-b' }),
  pole({ id: 'aerospace', name: 'aerospace valley', theme: 'agro' }),
  pole({ id: 's2e2', name: 'S2E2', members: 130, members_year: 2013 }),
];
const DATA = datasetOf({
  poles: POLES,
  themes: [theme('agro', 'Agriculture')],
  regions: [region('centre', true, false, 'Centre')],
  sources: [source('src-a'), source('src-b')],
});
const LOOKUPS = {
  theme: labelIndex(DATA.themes),
  region: labelIndex(DATA.regions),
  source: (id: string) => sourceIndex(DATA.sources).get(id),
};

describe('byNameOrder', () => {
  it('sorts by name on the page when no worker gave the order', () => {
    expect(byNameOrder(POLES)).toEqual([...POLES].sort(byName));
  });

  it('reads the order the import worker worked out for the same poles', () => {
    const imported = [...POLES];
    rememberPolesIndex(imported, polesIndex(imported));
    expect(byNameOrder(imported)).toEqual([...POLES].sort(byName));
  });
});

describe('rowsInView', () => {
  it('gives each pole in view the row the full build gives it, cells made when read', () => {
    const kept = sortedRows(DATA, FR);
    const { sorted } = kept;
    const rows = rowsInView(sorted, kept);
    expect(rows.map((row) => row.key)).toEqual(sorted.map((p) => p.id));
    expect(rows.map((row) => row.cells)).toEqual(sorted.map((p) => poleRow(p, LOOKUPS, FR).cells));
    expect(rows[0]?.cells).toBe(rows[0]?.cells);
  });

  it('gives the same rows for the same list in view', () => {
    const kept = sortedRows(DATA, FR);
    const inView = kept.sorted.slice(1);
    expect(rowsInView(inView, kept)).toBe(rowsInView(inView, kept));
  });
});
