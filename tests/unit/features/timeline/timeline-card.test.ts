import { describe, expect, it } from 'vitest';
import { buildTimelineCard, timelineCard } from '../../../../src/features/timeline/timeline-card';
import { DEFAULT_VIEW, NO_FILTERS, type CardView } from '../../../../src/model/view';
import { withFrenchSpaces } from '../../../fixtures/csv';
import { milestone, pole, source } from '../../../fixtures/rows';
import { datasetOf } from '../dataset-of';
import { EN, FR, FR_OPTIONS, cardOptions } from '../../../fixtures/i18n';

const fr = withFrenchSpaces;
const TITLE = 'Chronologie de la politique des pôles';

/** Four national milestones from two sources, and a contract of S2E2 (Énergie). */
const DATA = datasetOf({
  milestones: [
    milestone({ id: 'appel', date: '2012-06', label: 'Appel à projets', source_id: 'loi' }),
    milestone({ id: 'phase-3', date: '2013-01', label: 'Phase 3' }),
    milestone({ id: 's2e2', date: '2013-11-05', label: 'Contrat S2E2', pole_id: 's2e2' }),
    milestone({ id: 'contrat', date: '2014-01-21', label: 'Contrat de performance' }),
    milestone({ id: 'bilan', date: '2015', label: 'Bilan' }),
  ],
  poles: [pole(), pole({ id: 's2e2', theme: 'energie' })],
  sources: [{ ...source('direccte'), publisher: 'DIRECCTE Centre', title: 'Communiqué', date: '2014-01-07' }],
});
const MER: CardView = { ...DEFAULT_VIEW, filters: { ...NO_FILTERS, themes: ['mer'] } };

describe('buildTimelineCard', () => {
  const card = buildTimelineCard(DATA, DEFAULT_VIEW, FR_OPTIONS);

  it('draws every milestone in date order, the pole’s apart from the national ones', () => {
    expect(card.title).toBe(TITLE);
    expect(card.chart?.kind === 'timeline' ? card.chart.entries.map((e) => [e.id, e.aboutPole]) : []).toEqual(
      [
        ['appel', false],
        ['phase-3', false],
        ['s2e2', true],
        ['contrat', false],
        ['bilan', false],
      ],
    );
  });

  it('says what it spans, and has no caveat without filters', () => {
    expect(fr(card.takeaway)).toBe(fr('D’appel à projets (juin 2012) à bilan (2015) : 5\u00a0jalons.'));
    expect(card.caveats).toEqual([]);
  });

  it('explains the hollow and the filled markers', () => {
    expect(card.legend.map((item) => item.label)).toEqual([
      'Jalon national (rond vide)',
      'Jalon d’un pôle du Centre (rond plein)',
    ]);
  });

  it('cites each source of the milestones shown once, an unknown one by its id', () => {
    expect(card.sources).toEqual(['loi', 'DIRECCTE Centre, «\u00a0Communiqué\u00a0», 7 janvier 2014']);
    expect(card.table.rows.map((row) => row.cells[3]?.display)).toEqual([
      'loi',
      'DIRECCTE Centre, «\u00a0Communiqué\u00a0», 7 janvier 2014',
      'DIRECCTE Centre, «\u00a0Communiqué\u00a0», 7 janvier 2014',
      'DIRECCTE Centre, «\u00a0Communiqué\u00a0», 7 janvier 2014',
      'DIRECCTE Centre, «\u00a0Communiqué\u00a0», 7 janvier 2014',
    ]);
  });

  it('is as wide as the page and names its exports', () => {
    expect(card.width).toBe('wide');
    expect(card.exportName).toBe('chronologie-poles');
    expect(card.table.caption).toBe(TITLE);
  });

  it('warns, with filters on, that only the pole milestones follow them, and drops those out of view', () => {
    const filtered = buildTimelineCard(DATA, MER, FR_OPTIONS);
    expect(filtered.caveats.map(fr)).toEqual([
      fr(
        'Les jalons nationaux ne dépendent pas des filtres ; les signatures de contrats n’apparaissent que si leur pôle est dans la sélection.',
      ),
    ]);
    expect(filtered.table.rows.map((row) => row.key)).toEqual(['appel', 'phase-3', 'contrat', 'bilan']);
  });
});

describe('buildTimelineCard on a slide, one part at a time', () => {
  it('numbers the part in its title and caption', () => {
    const first = buildTimelineCard(DATA, DEFAULT_VIEW, cardOptions(FR, [1, 2]));
    expect(first.title).toBe(`${TITLE} (1/2)`);
    expect(first.table.caption).toBe(`${TITLE} (1/2)`);
  });

  it('shows the first half, then the rest, with the takeaway and sources of that part', () => {
    const first = buildTimelineCard(DATA, DEFAULT_VIEW, cardOptions(FR, [1, 2]));
    const second = buildTimelineCard(DATA, DEFAULT_VIEW, cardOptions(FR, [2, 2]));
    expect(first.table.rows.map((row) => row.key)).toEqual(['appel', 'phase-3', 's2e2']);
    expect(second.table.rows.map((row) => row.key)).toEqual(['contrat', 'bilan']);
    expect(fr(second.takeaway)).toBe(
      fr('De contrat de performance (21 janvier 2014) à bilan (2015) : 2\u00a0jalons.'),
    );
    expect(second.sources).toEqual(['DIRECCTE Centre, «\u00a0Communiqué\u00a0», 7 janvier 2014']);
  });
});

describe('timelineCard', () => {
  it('gives the title of the part before the data is there, and needs the milestones only', () => {
    expect(timelineCard.title(DEFAULT_VIEW, FR_OPTIONS)).toBe(TITLE);
    expect(timelineCard.title(DEFAULT_VIEW, cardOptions(FR, [2, 2]))).toBe(`${TITLE} (2/2)`);
    expect(timelineCard.needs).toEqual(['milestones']);
  });
});

describe('buildTimelineCard in English', () => {
  const english: typeof DATA = {
    ...DATA,
    milestones: DATA.milestones.map((m) => ({ ...m, label_en: `${m.id} (en)`, detail_en: `${m.id} detail` })),
  };

  it('titles, sums up, heads the table and cites in English, labels and details from the _en columns', () => {
    const card = buildTimelineCard(english, DEFAULT_VIEW, cardOptions(EN));
    expect(card.title).toBe('Timeline of the cluster policy');
    expect(card.takeaway).toBe('5 milestones, from “appel (en)” (June 2012) to “bilan (en)” (2015).');
    expect(card.table.columns.map((column) => column.label)).toEqual([
      'Date',
      'Milestone',
      'Detail',
      'Source',
    ]);
    expect(card.table.rows[3]?.cells.map((c) => c.display)).toEqual([
      '21 January 2014',
      'contrat (en)',
      'contrat detail',
      'DIRECCTE Centre, “Communiqué”, 7 January 2014',
    ]);
    expect(card.chart?.kind === 'timeline' ? card.chart.entries[0] : null).toMatchObject({
      when: 'June 2012',
      label: 'appel (en)',
    });
    expect(card.legend.map((item) => item.label)).toEqual([
      'National milestone (hollow dot)',
      'Milestone of a Centre cluster (solid dot)',
    ]);
  });

  it('numbers its slide halves and warns that national milestones ignore the filters', () => {
    expect(buildTimelineCard(english, DEFAULT_VIEW, cardOptions(EN, [2, 2])).title).toBe(
      'Timeline of the cluster policy (2/2)',
    );
    expect(buildTimelineCard(english, MER, cardOptions(EN)).caveats).toEqual([
      'National milestones do not depend on the filters; contract signings appear only if their cluster is in the selection.',
    ]);
  });
});
