import { describe, expect, it } from 'vitest';
import { filtersCaption } from '../../../src/selectors/filters-caption';
import { withFrenchSpaces } from '../../fixtures/csv';

const THEMES: Readonly<Record<string, string>> = { energie: 'Énergie', mer: 'Mer' };
const REGIONS: Readonly<Record<string, string>> = { centre: 'Centre', bretagne: 'Bretagne' };
const themeLabel = (id: string) => THEMES[id] ?? id;
const regionLabel = (id: string) => REGIONS[id] ?? id;

// Compared up to the kind of space before « : » and « ; » (see withFrenchSpaces).
const caption = (themes: string[], regions: string[]) =>
  withFrenchSpaces(filtersCaption({ themes, regions }, themeLabel, regionLabel));

describe('filtersCaption', () => {
  it('says that there is no filter', () => {
    expect(caption([], [])).toBe('Filtres\u00a0: aucun');
  });

  it('names a theme or a region by its label, in the singular', () => {
    expect(caption(['energie'], [])).toBe('Filtres\u00a0: thème Énergie');
    expect(caption([], ['centre'])).toBe('Filtres\u00a0: région Centre');
  });

  it('lists several themes or regions in the plural, in the order given', () => {
    expect(caption(['mer', 'energie'], [])).toBe('Filtres\u00a0: thèmes Mer, Énergie');
    expect(caption([], ['bretagne', 'centre'])).toBe('Filtres\u00a0: régions Bretagne, Centre');
  });

  it('gives the themes, then the regions', () => {
    expect(caption(['energie'], ['centre', 'bretagne'])).toBe(
      'Filtres\u00a0: thème Énergie\u00a0; régions Centre, Bretagne',
    );
  });

  it('shows an id that has no label as it is', () => {
    expect(caption(['inconnu'], [])).toBe('Filtres\u00a0: thème inconnu');
  });
});
