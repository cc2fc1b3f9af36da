import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../../src/data/issue';

describe('describeIssue', () => {
  it('names file, line, column and value, then what was expected', () => {
    expect(
      describeIssue({
        file: 'data/poles.csv',
        line: 12,
        column: 'members',
        value: '12a',
        expected: 'un nombre entier',
      }),
    ).toBe('data/poles.csv, ligne 12, colonne « members » : valeur « 12a » ; attendu : un nombre entier');
  });

  it('leaves out the parts that are null', () => {
    expect(
      describeIssue({
        file: 'data/funding.csv',
        line: null,
        column: null,
        value: null,
        expected: 'un fichier accessible',
      }),
    ).toBe('data/funding.csv ; attendu : un fichier accessible');
    expect(
      describeIssue({
        file: 'data/poles.csv',
        line: 1,
        column: 'id',
        value: null,
        expected: 'la colonne « id » dans l’en-tête',
      }),
    ).toBe('data/poles.csv, ligne 1, colonne « id » ; attendu : la colonne « id » dans l’en-tête');
    expect(
      describeIssue({
        file: 'data/poles.csv',
        line: 7,
        column: null,
        value: '3 champs',
        expected: '15 champs',
      }),
    ).toBe('data/poles.csv, ligne 7 : valeur « 3 champs » ; attendu : 15 champs');
  });

  it('shows an empty value as « »', () => {
    expect(
      describeIssue({ file: 'f', line: 2, column: 'name', value: '', expected: 'un texte non vide' }),
    ).toBe('f, ligne 2, colonne « name » : valeur «  » ; attendu : un texte non vide');
  });
});
