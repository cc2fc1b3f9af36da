import { describe, expect, it } from 'vitest';
import { makeCard, slideSourceLine, sourceLine } from '../../../../src/components/card/card-model';

const TABLE = { caption: 'Légende', columns: [], rows: [] };
const PARTS = {
  id: 'adherents',
  title: 'Adhérents',
  takeaway: 'Une phrase.',
  table: TABLE,
  sources: ['Source A', 'Source B'],
  exportName: 'adherents',
};

describe('makeCard', () => {
  it('fills in the defaults: no caveat, hint, legend, control nor footnote; a half-width chart first', () => {
    expect(makeCard(PARTS)).toEqual({
      ...PARTS,
      caveats: [],
      hint: null,
      chart: null,
      sortable: false,
      legend: [],
      empty: null,
      footnote: null,
      controls: [],
      rowToggle: null,
      defaultView: 'chart',
      width: 'half',
      placeholder: false,
      slideSource: 'Sources : Source A et 1 autre, citée dans le tableau de bord.',
    });
  });

  it('keeps what the builder gives over the defaults', () => {
    const card = makeCard({ ...PARTS, width: 'wide', defaultView: 'table', caveats: ['Attention.'] });
    expect(card.width).toBe('wide');
    expect(card.defaultView).toBe('table');
    expect(card.caveats).toEqual(['Attention.']);
  });

  it('derives the slide source line from the sources', () => {
    expect(makeCard({ ...PARTS, sources: ['Source A'] }).slideSource).toBe('Source : Source A.');
  });
});

describe('sourceLine', () => {
  it('says « Source » for one source', () => {
    expect(sourceLine(['DIRECCTE Centre, 7 janvier 2014'])).toBe('Source : DIRECCTE Centre, 7 janvier 2014.');
  });

  it('says « Sources » and separates several with semicolons', () => {
    expect(sourceLine(['A', 'B', 'C'])).toBe('Sources : A ; B ; C.');
  });
});

describe('slideSourceLine', () => {
  it('cites a single source in full', () => {
    expect(slideSourceLine(['A'])).toBe('Source : A.');
  });

  it('cites the first source and counts one other in the singular', () => {
    expect(slideSourceLine(['A', 'B'])).toBe('Sources : A et 1 autre, citée dans le tableau de bord.');
  });

  it('counts the others in the plural', () => {
    expect(slideSourceLine(['A', 'B', 'C'])).toBe('Sources : A et 2 autres, citées dans le tableau de bord.');
  });
});
