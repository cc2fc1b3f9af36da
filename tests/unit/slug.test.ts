import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { slugify } from '../../src/lib/slug';
import { readProjectFile } from '../fixtures/disk';

function idLabelPairs(path: string): { id: string; label: string }[] {
  const parsed = Papa.parse<Record<string, string>>(readProjectFile(path).replace(/^\uFEFF/, ''), {
    header: true,
    delimiter: ',',
    skipEmptyLines: true,
  });
  return parsed.data.map((row) => ({ id: row.id ?? '', label: row.label ?? '' }));
}

describe('slugify', () => {
  it('lower-cases a single word', () => {
    expect(slugify('Centre')).toBe('centre');
  });

  it('removes accents and joins words with hyphens', () => {
    expect(slugify('Écotechnologies et environnement')).toBe('ecotechnologies-et-environnement');
    expect(slugify('Île-de-France')).toBe('ile-de-france');
    expect(slugify('Énergie')).toBe('energie');
  });

  it('turns an apostrophe into a hyphen', () => {
    expect(slugify("Provence-Alpes-Côte d'Azur")).toBe('provence-alpes-cote-d-azur');
  });

  it('collapses every run of other characters into one hyphen and trims hyphens at both ends', () => {
    expect(slugify('  DREAM Eau & Milieux  ')).toBe('dream-eau-milieux');
    expect(slugify('--Mov’eo!!')).toBe('mov-eo');
    expect(slugify('Nov@log')).toBe('nov-log');
  });

  it('keeps digits', () => {
    expect(slugify('Phase 2013-2018')).toBe('phase-2013-2018');
  });

  it('gives an empty identifier for a label without letters or digits', () => {
    expect(slugify(' — ')).toBe('');
  });
});

describe.each(['data/themes.csv', 'data/regions.csv'])('identifiers of %s', (path) => {
  const rows = idLabelPairs(path);

  it('has rows to check', () => {
    expect(rows.length).toBe(path === 'data/themes.csv' ? 13 : 28);
  });

  it.each(rows.map((row) => [row.id, row.label] as const))('id « %s » is slugify(« %s »)', (id, label) => {
    expect(slugify(label)).toBe(id);
  });
});
