import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, NO_FILTERS } from '../../src/model/view';
import { slideFacts, slideTitle } from '../../src/slide-facts';
import { initialState, useDashboard } from '../../src/store/store';
import { loadBundledData } from '../fixtures/dashboard';
import { FR } from '../fixtures/i18n';

const files = () => useDashboard.getState().files;
const slide = (card: string, part?: readonly [number, number]) => ({
  card,
  notes: '',
  ...(part ? { part } : {}),
});

describe('slideFacts', () => {
  beforeEach(loadBundledData);

  it('takes the takeaway, the estimate named by the legend and the sources from the card’s model', () => {
    const facts = slideFacts(files(), slide('financement'), DEFAULT_VIEW, FR);
    expect(facts.title).toBe('Financement de l’État aux pôles du Centre, 2013-2018 (M€)');
    expect(facts.takeaway).toMatch(/^L’État s’engage à financer les pôles du Centre/);
    expect(facts.caveats).toHaveLength(1);
    expect(facts.caveats[0]).toMatch(/^Montant annuel estimé\s: total réparti à parts égales/);
    expect(facts.sources).toHaveLength(1);
    expect(facts.sources[0]).toMatch(
      /^DIRECCTE Centre, «\sPôles de compétitivité\s: nouvelle phase 2013-2018\s», 7 janvier 2014$/,
    );
  });

  it('adds the caveat a filter brings', () => {
    const view = { ...DEFAULT_VIEW, filters: { ...NO_FILTERS, themes: ['energie'] } };
    expect(slideFacts(files(), slide('financement'), view, FR).caveats[0]).toMatch(
      /^Ce montant ne suit pas les filtres/,
    );
  });

  it('gives the key figures as the takeaway of the first slide, with their notes and sources', () => {
    const facts = slideFacts(files(), slide('chiffres'), DEFAULT_VIEW, FR);
    expect(facts.title).toBe('Les pôles de compétitivité en chiffres');
    expect(facts.takeaway).toMatch(
      /^71 pôles de compétitivité nationaux\s; 4 pôles dont le siège est en région Centre\s; /,
    );
    expect(facts.takeaway).toMatch(/; 620 adhésions au total aux 4 pôles du Centre ;/);
    expect(facts.caveats).toContainEqual(
      expect.stringMatching(
        /^620\s: somme calculée ici des chiffres du communiqué de janvier 2014 ; une entreprise peut adhérer à plusieurs pôles$/,
      ),
    );
    expect(facts.sources.length).toBeGreaterThan(0);
  });

  it('names each part of the timeline', () => {
    expect(slideTitle(slide('chronologie', [2, 2]), DEFAULT_VIEW, FR)).toBe(
      'Chronologie de la politique des pôles (2/2)',
    );
  });
});

describe('slideFacts before the data', () => {
  it('keeps the title and waits for the figures', () => {
    useDashboard.setState(initialState);
    expect(slideFacts(files(), slide('financement'), DEFAULT_VIEW, FR)).toEqual({
      title: 'Financement de l’État aux pôles du Centre, 2013-2018 (M€)',
      takeaway: null,
      caveats: [],
      sources: [],
    });
  });
});
