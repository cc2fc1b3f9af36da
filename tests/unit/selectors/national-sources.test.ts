import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/data/schemas';
import { nationalSources } from '../../../src/selectors/national-sources';
import { PRIMARY_SOURCE } from '../../../src/selectors/sources';
import { withFrenchSpaces } from '../../fixtures/csv';
import { EN } from '../../fixtures/i18n';
import { pole } from '../../fixtures/rows';

const NBSP = '\u00a0';

const PRESS_RELEASE: Source = {
  id: PRIMARY_SOURCE,
  title: 'Pôles de compétitivité : nouvelle phase 2013-2018',
  publisher: 'DIRECCTE Centre',
  date: '2014-01-07',
  url: null,
  kind: 'primaire',
};

const POLES = [
  pole({ id: 'a', source_id: PRIMARY_SOURCE }),
  pole({ id: 'b', source_id: PRIMARY_SOURCE }),
  pole({ id: 'c', source_id: 'fiche-c' }),
];

// Compared up to the kind of space before « : » and « ; » (see withFrenchSpaces).
const cited = (...args: Parameters<typeof nationalSources>) => nationalSources(...args).map(withFrenchSpaces);

describe('nationalSources', () => {
  it('cites the press release that gives the 71 poles, then counts the per-pole sources', () => {
    expect(cited(POLES, [PRESS_RELEASE])).toEqual([
      `DIRECCTE Centre, «${NBSP}Pôles de compétitivité${NBSP}: nouvelle phase 2013-2018${NBSP}», 7 janvier 2014 (71 pôles sélectionnés)`,
      `liste de référence des pôles, 2${NBSP}sources (une par pôle, état 2012-2013${NBSP}; détail dans la liste des pôles)`,
    ]);
  });

  it('writes a single per-pole source in the singular', () => {
    expect(cited([pole({ source_id: 'x' })], [PRESS_RELEASE])[1]).toMatch(
      /^liste de référence des pôles, 1\u00a0source /,
    );
  });

  it('names the press release in short when the sources file is missing or lacks it', () => {
    const short = 'DIRECCTE Centre, 7 janvier 2014 (71 pôles sélectionnés)';
    expect(nationalSources(POLES, null)[0]).toBe(short);
    expect(nationalSources(POLES, [{ ...PRESS_RELEASE, id: 'autre' }])[0]).toBe(short);
  });
});

describe('nationalSources in English', () => {
  it('says « clusters selected » and counts the per-cluster sources with an English plural', () => {
    expect(nationalSources(POLES, [PRESS_RELEASE], EN)).toEqual([
      'DIRECCTE Centre, “Pôles de compétitivité : nouvelle phase 2013-2018”, 7 January 2014 (71 clusters selected)',
      'reference list of clusters, 2 sources (one per cluster, as of 2012-2013; details in the list of clusters)',
    ]);
    expect(nationalSources([pole({ source_id: 'x' })], null, EN)).toEqual([
      'DIRECCTE Centre, 7 January 2014 (71 clusters selected)',
      'reference list of clusters, 1 source (one per cluster, as of 2012-2013; details in the list of clusters)',
    ]);
  });
});
