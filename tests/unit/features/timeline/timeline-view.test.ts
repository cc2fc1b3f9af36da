import { describe, expect, it } from 'vitest';
import {
  partOf,
  timelineEntries,
  timelineTable,
  timelineTakeaway,
  visibleMilestones,
  when,
} from '../../../../src/features/timeline/timeline-view';
import { withFrenchSpaces } from '../../../fixtures/csv';
import { EN, FR } from '../../../fixtures/i18n';
import { milestone, pole } from '../../../fixtures/rows';
import { selectionOf } from '../../../fixtures/view';

const fr = withFrenchSpaces;

/** Two national milestones and one per Centre pole, given out of date order. */
const MILESTONES = [
  milestone({ id: 'contrat', date: '2014-01-21', label: 'Contrat de performance' }),
  milestone({ id: 's2e2-contrat', date: '2013-11-05', label: 'Contrat S2E2', pole_id: 's2e2' }),
  milestone({ id: 'phase-3', date: '2013-01', label: 'Lancement de la phase 3' }),
  milestone({
    id: 'cv-contrat',
    date: '2014-03-01',
    label: 'Contrat Cosmetic Valley',
    pole_id: 'cosmetic-valley',
  }),
];
const POLES = [pole(), pole({ id: 's2e2', name: 'S2E2', theme: 'energie' })];
const ids = (rows: readonly { readonly id: string }[]) => rows.map((row) => row.id);

describe('when', () => {
  it('writes the date in French, the first of a month as « 1er »', () => {
    expect(when(milestone({ date: '2014-01-21' }), FR)).toBe('21 janvier 2014');
    expect(when(milestone({ date: '2014-03-01' }), FR)).toBe('1er mars 2014');
  });

  it('writes a month or a year alone', () => {
    expect(when(milestone({ date: '2013-01' }), FR)).toBe('janvier 2013');
    expect(when(milestone({ date: '2013' }), FR)).toBe('2013');
  });

  it('writes a period from its start to its end', () => {
    expect(when(milestone({ date: '2013-01', date_end: '2018-12-31' }), FR)).toBe(
      'janvier 2013 – 31 décembre 2018',
    );
  });
});

describe('visibleMilestones', () => {
  it('keeps every milestone in date order when every pole is in view', () => {
    expect(ids(visibleMilestones(MILESTONES, POLES, selectionOf()))).toEqual([
      'phase-3',
      's2e2-contrat',
      'contrat',
      'cv-contrat',
    ]);
  });

  it('keeps the national milestones always, and a pole’s only while that pole is in view', () => {
    expect(ids(visibleMilestones(MILESTONES, POLES, selectionOf({ themes: ['energie'] })))).toEqual([
      'phase-3',
      's2e2-contrat',
      'contrat',
    ]);
    expect(ids(visibleMilestones(MILESTONES, POLES, selectionOf({ regions: ['bretagne'] })))).toEqual([
      'phase-3',
      'contrat',
    ]);
  });

  it('follows the status, year and 2012 class filters, and a region of the 2016 map', () => {
    const poles = [pole(), pole({ id: 's2e2', category: 'mondial', year_labelled: 2007 })];
    expect(ids(visibleMilestones(MILESTONES, poles, selectionOf({ categories: ['mondial'] })))).toEqual([
      'phase-3',
      's2e2-contrat',
      'contrat',
    ]);
    expect(ids(visibleMilestones(MILESTONES, poles, selectionOf({ years: ['2005'] })))).toEqual([
      'phase-3',
      'contrat',
      'cv-contrat',
    ]);
    expect(
      ids(visibleMilestones(MILESTONES, poles, selectionOf({ regions: ['centre-val-de-loire'] }, '2016'))),
    ).toHaveLength(4);
    expect(
      ids(visibleMilestones(MILESTONES, poles, selectionOf({ regions: ['centre-val-de-loire'] }))),
    ).toEqual(['phase-3', 'contrat']);
  });

  it('drops a pole’s milestone when the data does not know that pole', () => {
    expect(ids(visibleMilestones(MILESTONES, [pole()], selectionOf()))).toEqual([
      'phase-3',
      'contrat',
      'cv-contrat',
    ]);
  });

  it('keeps every milestone while the poles are not loaded', () => {
    expect(visibleMilestones(MILESTONES, [], selectionOf({ themes: ['energie'] }))).toHaveLength(4);
  });

  it('leaves the given list as it was', () => {
    const given = [...MILESTONES];
    visibleMilestones(given, POLES, selectionOf());
    expect(given).toEqual(MILESTONES);
  });
});

describe('partOf', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];

  it('gives everything without a part', () => {
    expect(partOf(items, undefined)).toEqual(items);
  });

  it('splits into halves, the first one the larger', () => {
    expect(partOf(items, [1, 2])).toEqual(['a', 'b', 'c']);
    expect(partOf(items, [2, 2])).toEqual(['d', 'e']);
  });

  it('splits into thirds', () => {
    expect([1, 2, 3].map((index) => partOf(items, [index, 3]))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('gives nothing of nothing', () => {
    expect(partOf([], [1, 2])).toEqual([]);
  });
});

describe('timelineEntries', () => {
  it('gives each milestone its French date, its label and whether it is about a pole', () => {
    expect(timelineEntries(MILESTONES.slice(0, 2), FR)).toEqual([
      { id: 'contrat', when: '21 janvier 2014', label: 'Contrat de performance', aboutPole: false },
      { id: 's2e2-contrat', when: '5 novembre 2013', label: 'Contrat S2E2', aboutPole: true },
    ]);
  });
});

describe('timelineTable', () => {
  const cite = (id: string) => `Source ${id}`;
  const table = timelineTable(
    [milestone(), milestone({ id: 'phase', date: '2013-01', date_end: '2018-12', source_id: 'loi' })],
    'Chronologie',
    cite,
    FR,
  );

  it('has the caption it is given and a column per fact', () => {
    expect(table.caption).toBe('Chronologie');
    expect(table.columns.map((column) => column.label)).toEqual(['Date', 'Jalon', 'Détail', 'Source']);
  });

  it('gives the French date to the reader and the ISO date, or period, to the CSV', () => {
    expect(table.rows.map((row) => [row.key, row.cells[0]])).toEqual([
      ['contrat', { display: '21 janvier 2014', raw: '2014-01-21' }],
      ['phase', { display: 'janvier 2013 – décembre 2018', raw: '2013-01/2018-12' }],
    ]);
  });

  it('gives the label, the detail and the cited source', () => {
    expect(table.rows.map((row) => row.cells.slice(1).map((c) => c.display))).toEqual([
      ['Contrat', 'Signature', 'Source direccte'],
      ['Contrat', 'Signature', 'Source loi'],
    ]);
  });
});

describe('timelineTakeaway', () => {
  it('goes from the first milestone to the last, with their dates and the count', () => {
    expect(fr(timelineTakeaway(visibleMilestones(MILESTONES, POLES, selectionOf()), FR))).toBe(
      fr(
        'De lancement de la phase 3 (janvier 2013) à contrat Cosmetic Valley (1er mars 2014) : 4\u00a0jalons.',
      ),
    );
  });

  it('elides « De » into « D’ » before a vowel, accented or not', () => {
    expect(timelineTakeaway([milestone({ label: 'Appel à projets' })], FR)).toMatch(/^D’appel à projets \(/);
    expect(timelineTakeaway([milestone({ label: 'Évaluation des pôles' })], FR)).toMatch(
      /^D’évaluation des pôles \(/,
    );
  });

  it('lower-cases the first letter only, keeping acronyms and names', () => {
    expect(fr(timelineTakeaway([milestone({ label: 'Label des pôles CMI' })], FR))).toBe(
      fr('De label des pôles CMI (21 janvier 2014) à label des pôles CMI (21 janvier 2014) : 1\u00a0jalon.'),
    );
  });

  it('says when there is nothing to show', () => {
    expect(timelineTakeaway([], FR)).toBe('Aucun jalon à afficher.');
  });
});

describe('timeline in English', () => {
  it('writes a date range with English months, and one milestone in the singular', () => {
    const range = milestone({ date: '2004-12-02', date_end: '2005-02-28' });
    expect(when(range, EN)).toBe('2 December 2004 – 28 February 2005');
    expect(timelineTakeaway([milestone()], EN)).toBe(
      '1 milestone, from “Contract” (21 January 2014) to “Contract” (21 January 2014).',
    );
    expect(timelineTakeaway([], EN)).toBe('No milestone to show.');
  });
});
