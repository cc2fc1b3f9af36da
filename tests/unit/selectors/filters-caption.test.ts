import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Dimension, type Filters, type RegionScheme } from '../../../src/model/view';
import { filtersCaption } from '../../../src/selectors/filters-caption';
import { withFrenchSpaces } from '../../fixtures/csv';

const LABELS: Readonly<Record<string, string>> = {
  'themes:energie': 'Énergie',
  'themes:mer': 'Mer',
  'regions:centre': 'Centre',
  'regions:bretagne': 'Bretagne',
  'regions:centre-val-de-loire': 'Centre-Val de Loire',
  'categories:mondial': 'Mondial',
  'categories:national': 'National',
  'evaluations:tres-performant': 'Très performant',
  'evaluations:performant': 'Performant',
};
const label = (dimension: Dimension, id: string) => LABELS[`${dimension}:${id}`] ?? id;

// Compared up to the kind of space before « : » and « ; » (see withFrenchSpaces).
const caption = (filters: Partial<Filters>, scheme?: RegionScheme) =>
  withFrenchSpaces(filtersCaption({ ...NO_FILTERS, ...filters }, label, scheme));

describe('filtersCaption', () => {
  it('says that there is no filter', () => {
    expect(caption({})).toBe('Filtres\u00a0: aucun');
  });

  it('names a theme or a region by its label, in the singular', () => {
    expect(caption({ themes: ['energie'] })).toBe('Filtres\u00a0: thème Énergie');
    expect(caption({ regions: ['centre'] })).toBe('Filtres\u00a0: région Centre');
  });

  it('lists several themes or regions in the plural, in the order given', () => {
    expect(caption({ themes: ['mer', 'energie'] })).toBe('Filtres\u00a0: thèmes Mer, Énergie');
    expect(caption({ regions: ['bretagne', 'centre'] })).toBe('Filtres\u00a0: régions Bretagne, Centre');
  });

  it('gives the themes, then the regions', () => {
    expect(caption({ themes: ['energie'], regions: ['centre', 'bretagne'] })).toBe(
      'Filtres\u00a0: thème Énergie\u00a0; régions Centre, Bretagne',
    );
  });

  it('names a status, a year labelled and a 2012 class, in the singular and in the plural', () => {
    expect(caption({ categories: ['mondial'] })).toBe('Filtres\u00a0: statut Mondial');
    expect(caption({ categories: ['mondial', 'national'] })).toBe('Filtres\u00a0: statuts Mondial, National');
    expect(caption({ years: ['2005'] })).toBe('Filtres\u00a0: année de label 2005');
    expect(caption({ years: ['2005', '2007'] })).toBe('Filtres\u00a0: années de label 2005, 2007');
    expect(caption({ evaluations: ['tres-performant'] })).toBe(
      'Filtres\u00a0: évaluation 2012 Très performant',
    );
    expect(caption({ evaluations: ['tres-performant', 'performant'] })).toBe(
      'Filtres\u00a0: évaluations 2012 Très performant, Performant',
    );
  });

  it('gives the five facets in the order of the filter panel', () => {
    expect(
      caption({
        evaluations: ['performant'],
        years: ['2005'],
        categories: ['national'],
        regions: ['centre'],
        themes: ['mer'],
      }),
    ).toBe(
      'Filtres\u00a0: thème Mer\u00a0; région Centre\u00a0; statut National\u00a0; année de label 2005\u00a0; évaluation 2012 Performant',
    );
  });

  it('says which map a region of 2016 belongs to, and says nothing for the 2013 map', () => {
    expect(caption({ regions: ['centre-val-de-loire'] }, '2016')).toBe(
      'Filtres\u00a0: région (2016) Centre-Val de Loire',
    );
    expect(caption({ regions: ['centre', 'bretagne'] }, '2016')).toBe(
      'Filtres\u00a0: régions (2016) Centre, Bretagne',
    );
    expect(caption({ regions: ['centre'] }, '2013')).toBe('Filtres\u00a0: région Centre');
    expect(caption({ themes: ['mer'] }, '2016')).toBe('Filtres\u00a0: thème Mer');
  });

  it('shows an id that has no label as it is', () => {
    expect(caption({ themes: ['inconnu'] })).toBe('Filtres\u00a0: thème inconnu');
  });
});
