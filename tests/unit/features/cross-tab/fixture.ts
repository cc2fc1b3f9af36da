import {
  DEFAULT_VIEW,
  NO_FILTERS,
  type CardView,
  type CrossTab,
  type Filters,
} from '../../../../src/model/view';
import { pole, region, theme } from '../../../fixtures/rows';
import { datasetOf } from '../dataset-of';

/**
 * Five poles: three in Énergie (two of them Performant), one in Mer, one in Numérique; none in Chimie.
 * Two seats in Centre, two in Rhône-Alpes, one in Bretagne; none in Limousin.
 */
export const DATA = datasetOf({
  poles: [
    pole({ id: 's2e2', theme: 'energie', evaluation_2012: 'performant' }),
    pole({
      id: 'tenerrdis',
      theme: 'energie',
      region_2013: 'rhone-alpes',
      region_2016: 'auvergne-rhone-alpes',
      category: 'mondial',
    }),
    pole({ id: 'capenergies', theme: 'energie', evaluation_2012: 'tres-performant', year_labelled: 2007 }),
    pole({
      id: 'pole-mer',
      theme: 'mer',
      region_2013: 'bretagne',
      region_2016: 'bretagne',
      evaluation_2012: 'moins-performant',
      year_labelled: 2010,
      source_id: 'fiche-mer',
    }),
    pole({
      id: 'imaginove',
      theme: 'numerique',
      region_2013: 'rhone-alpes',
      region_2016: 'auvergne-rhone-alpes',
      category: 'a-vocation-mondiale',
    }),
  ],
  themes: [
    theme('chimie', 'Chimie'),
    theme('energie', 'Énergie'),
    theme('mer', 'Mer'),
    theme('numerique', 'Numérique'),
  ],
  regions: [
    region('centre', true, false, 'Centre'),
    region('rhone-alpes', true, false, 'Rhône-Alpes'),
    region('bretagne', true, true, 'Bretagne'),
    region('limousin', true, false, 'Limousin'),
    region('centre-val-de-loire', false, true, 'Centre-Val de Loire'),
    region('auvergne-rhone-alpes', false, true, 'Auvergne-Rhône-Alpes'),
  ],
});

/** The default view (theme × 2012 class, counts), with some of it changed. */
export const viewWith = (
  crossTab: Partial<CrossTab> = {},
  filters: Partial<Filters> = {},
  regionScheme: CardView['regionScheme'] = '2013',
): CardView => ({
  ...DEFAULT_VIEW,
  regionScheme,
  filters: { ...NO_FILTERS, ...filters },
  crossTab: { ...DEFAULT_VIEW.crossTab, ...crossTab },
});
