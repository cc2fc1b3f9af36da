import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/data/schemas';
import { citation, citeAll, PRIMARY_SOURCE, sourceIndex } from '../../../src/selectors/sources';
import { EN } from '../../fixtures/i18n';
import { source } from '../../fixtures/rows';

const NBSP = '\u00a0';

const dated = (overrides: Partial<Source>): Source => ({ ...source('x'), ...overrides });

describe('citation', () => {
  it('cites a source with its publisher, its quoted title and its date in French', () => {
    expect(
      citation(
        dated({
          id: PRIMARY_SOURCE,
          title: 'Pôles de compétitivité : nouvelle phase 2013-2018',
          publisher: 'DIRECCTE Centre',
          date: '2014-01-07',
        }),
      ),
    ).toBe(
      `DIRECCTE Centre, «${NBSP}Pôles de compétitivité : nouvelle phase 2013-2018${NBSP}», 7 janvier 2014`,
    );
  });

  it('gives the date as precisely as the source has it', () => {
    expect(citation(dated({ title: 'Titre', publisher: 'Éditeur', date: '2007' }))).toBe(
      `Éditeur, «${NBSP}Titre${NBSP}», 2007`,
    );
    expect(citation(dated({ title: 'Titre', publisher: 'Éditeur', date: '2012-06' }))).toBe(
      `Éditeur, «${NBSP}Titre${NBSP}», juin 2012`,
    );
  });

  it('keeps a bracketed description unquoted and says « non daté » without a date', () => {
    expect(citation(dated({ title: '[Page consultée]', publisher: 'reussir.fr', date: null }))).toBe(
      'reussir.fr, [Page consultée], non daté',
    );
  });
});

describe('sourceIndex', () => {
  it('finds a source by its id', () => {
    const index = sourceIndex([source('a'), source('b')]);
    expect(index.get('b')).toEqual(source('b'));
    expect(index.get('c')).toBeUndefined();
  });

  it('is empty while the sources file is missing', () => {
    expect(sourceIndex(null).size).toBe(0);
  });
});

describe('citeAll', () => {
  it('cites each source once, in the order of the ids', () => {
    expect(citeAll([source('a'), source('b')], ['b', 'a', 'b'])).toEqual([
      citation(source('b')),
      citation(source('a')),
    ]);
  });

  it('cites an id that the sources file does not know as it is', () => {
    expect(citeAll([source('a')], ['inconnue', 'a'])).toEqual(['inconnue', citation(source('a'))]);
  });
});

describe('citation in English', () => {
  it('quotes the French title with English marks and writes the date in English', () => {
    expect(
      citation(dated({ title: 'Pôles : phase 3', publisher: 'DIRECCTE Centre', date: '2014-01-07' }), EN),
    ).toBe('DIRECCTE Centre, “Pôles : phase 3”, 7 January 2014');
    expect(citation(dated({ title: 'Titre', publisher: 'Éditeur', date: '2012-06' }), EN)).toBe(
      'Éditeur, “Titre”, June 2012',
    );
  });

  it('says « undated » without a date, and citeAll passes the language on', () => {
    expect(citation(dated({ title: '[Page consultée]', publisher: 'reussir.fr', date: null }), EN)).toBe(
      'reussir.fr, [Page consultée], undated',
    );
    expect(citeAll([dated({ id: 'a', title: 'T', publisher: 'P', date: '2007' })], ['a'], EN)).toEqual([
      'P, “T”, 2007',
    ]);
  });
});
