import { describe, expect, it } from 'vitest';
import { diagnoseCsv } from '../../../src/data/diagnose';

const FILE = 'data/poles.csv';
const COLUMNS = ['id', 'name', 'members'];

const issueOf = (text: string) => {
  const result = diagnoseCsv(FILE, text, COLUMNS);
  if (result.ok) throw new Error('expected a diagnosis');
  return result.issue;
};

describe('diagnoseCsv: files it reads', () => {
  it('takes the comma of a comma header', () => {
    expect(diagnoseCsv(FILE, 'id,name,members\na,b,1\n', COLUMNS)).toEqual({
      ok: true,
      delimiter: ',',
      warnings: [],
    });
  });

  it('takes the semicolon of a semicolon header, even when its cells hold commas', () => {
    expect(diagnoseCsv(FILE, 'id;name;members\na;Chimie, matériaux;1,5\n', COLUMNS)).toMatchObject({
      ok: true,
      delimiter: ';',
    });
  });

  it('takes the separator that gives the known names when a header name holds the other one', () => {
    expect(diagnoseCsv(FILE, 'id,"x;y",name,members\n', [...COLUMNS, 'x;y'])).toMatchObject({
      delimiter: ',',
    });
    expect(diagnoseCsv(FILE, 'id;"name,x";members\n', ['id', 'name,x', 'members'])).toMatchObject({
      delimiter: ';',
    });
  });

  it('reads the header after blank lines and a BOM', () => {
    expect(diagnoseCsv(FILE, '\uFEFF\n\nid;name;members\n', COLUMNS)).toMatchObject({
      ok: true,
      delimiter: ';',
    });
  });

  it('warns of an unknown column and of an unnamed one, at the header line, and reads the file', () => {
    expect(diagnoseCsv(FILE, '\nid,name,members,commentaire,\n', COLUMNS)).toEqual({
      ok: true,
      delimiter: ',',
      warnings: [
        {
          file: FILE,
          line: 2,
          column: 'commentaire',
          value: null,
          expected: 'une colonne prévue par le format (celle-ci est ignorée)',
        },
        {
          file: FILE,
          line: 2,
          column: null,
          value: 'colonne 5 sans nom',
          expected: 'un nom de colonne (cette colonne est ignorée)',
        },
      ],
    });
  });
});

describe('diagnoseCsv: one message for the whole file', () => {
  it('names an empty file', () => {
    for (const text of ['', '\uFEFF', '\n \n']) {
      expect(issueOf(text)).toEqual({
        file: FILE,
        line: 1,
        column: null,
        value: null,
        expected: 'une ligne d’en-tête suivie de données (le fichier est vide)',
      });
    }
  });

  it('names an HTML page served in place of the file (a 404 or login page), with its title', () => {
    const page =
      '<!DOCTYPE html>\n<html lang="fr"><head><title>Connexion</title></head><body></body></html>\n';
    expect(issueOf(page)).toEqual({
      file: FILE,
      line: null,
      column: null,
      value: 'une page web (HTML) titrée « Connexion »',
      expected:
        'un fichier CSV ; le serveur a renvoyé une page web à la place (page d’erreur 404, de connexion ou d’accueil)',
    });
    expect(issueOf('  <html><body>404 Not Found</body></html>').value).toBe('une page web (HTML)');
    expect(issueOf('\n<head><meta charset="utf-8"></head>').value).toBe('une page web (HTML)');
  });

  it('does not take a CSV whose cells hold markup for a page', () => {
    expect(diagnoseCsv(FILE, 'id,name,members\na,<b>gras</b>,1\n', COLUMNS).ok).toBe(true);
  });

  it('names an unknown separator, shows the header and says what it looks like', () => {
    expect(issueOf('id\tname\tmembers\na\tb\t1\n')).toEqual({
      file: FILE,
      line: 1,
      column: null,
      value: 'id\tname\tmembers',
      expected:
        'des colonnes séparées par des virgules « , » ou des points-virgules « ; » (l’en-tête semble séparé par des tabulations)',
    });
    expect(issueOf('id|name|members\n').expected).toMatch(/barres verticales/);
    expect(issueOf('idnamemembers\n').expected).toBe(
      'des colonnes séparées par des virgules « , » ou des points-virgules « ; »',
    );
    expect(issueOf(`${'x'.repeat(100)}\n`).value).toBe(`${'x'.repeat(80)}…`);
  });

  it('names a repeated column and both its positions', () => {
    expect(issueOf('id,name,members,name\n')).toEqual({
      file: FILE,
      line: 1,
      column: 'name',
      value: 'colonnes 2 et 4',
      expected: 'une seule colonne « name » : elle apparaît en colonnes 2 et 4',
    });
    expect(issueOf('id;name;id;members;id\n').expected).toBe(
      'une seule colonne « id » : elle apparaît en colonnes 1, 3 et 5',
    );
  });

  it('names a missing column, or every missing column in one message', () => {
    expect(issueOf('id,name,adherents\n')).toEqual({
      file: FILE,
      line: 1,
      column: 'members',
      value: null,
      expected: 'la colonne « members » dans l’en-tête',
    });
    expect(issueOf('id;nom;adherents\n')).toMatchObject({
      column: null,
      expected: 'les colonnes « name » et « members » dans l’en-tête',
    });
  });

  it('keeps the warnings of a file it refuses', () => {
    const result = diagnoseCsv(FILE, 'id,name,autre\n', COLUMNS);
    expect(result.ok).toBe(false);
    expect(result.warnings.map((warning) => warning.column)).toEqual(['autre']);
  });
});
