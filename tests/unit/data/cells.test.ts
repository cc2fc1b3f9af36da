import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  boolean,
  decimal,
  optionalDecimal,
  readFrenchDecimal,
  id,
  integer,
  isoDate,
  oneOf,
  optionalId,
  optionalInteger,
  optionalIsoDate,
  optionalText,
  optionalUrl,
  text,
} from '../../../src/data/cells';

type Cell = Parameters<typeof v.safeParse>[0];

/** The typed value of a raw cell, or the French message of what was expected. */
function read(schema: Cell, raw: string): unknown {
  const result = v.safeParse(schema, raw);
  return result.success ? result.output : `attendu : ${result.issues[0].message}`;
}

describe('text cells', () => {
  it('trims a required text and refuses it empty', () => {
    expect(read(text(), '  Cosmetic Valley ')).toBe('Cosmetic Valley');
    expect(read(text(), '   ')).toBe('attendu : un texte non vide');
  });

  it('reads an empty optional text as null', () => {
    expect(read(optionalText(), ' ')).toBeNull();
    expect(read(optionalText(), ' Chartres ')).toBe('Chartres');
  });
});

describe('id cells', () => {
  it('accepts lower-case words joined by single hyphens', () => {
    expect(read(id(), ' centre-val-de-loire ')).toBe('centre-val-de-loire');
  });

  it.each(['Centre', 'île-de-france', 'a--b', '-a', 'a b', ''])('refuses %j', (raw) => {
    expect(read(id(), raw)).toMatch(/^attendu : un identifiant en minuscules/);
  });

  it('reads an empty optional id as null and still checks a written one', () => {
    expect(read(optionalId(), '')).toBeNull();
    expect(read(optionalId(), 's2e2')).toBe('s2e2');
    expect(read(optionalId(), 'S2E2')).toBe(
      'attendu : un identifiant (ex. « cosmetic-valley ») ou une case vide',
    );
  });
});

describe('integer cells', () => {
  it('reads digits within the bounds, bounds included', () => {
    expect(read(integer(2004, 2013), ' 2004 ')).toBe(2004);
    expect(read(integer(2004, 2013), '2013')).toBe(2013);
  });

  it.each(['2014', '2003', '-1', '2 000', '20 05', '2 0 0 5', ''])(
    'refuses %j with the bounds in the message',
    (raw) => {
      expect(read(integer(2004, 2013), raw)).toBe('attendu : un nombre entier entre 2004 et 2013');
    },
  );

  it.each(['20.5', '2005,5'])('says that %j is a decimal, refused in an integer column', (raw) => {
    expect(read(integer(2004, 2013), raw)).toBe(
      'attendu : un nombre entier entre 2004 et 2013 (un nombre décimal n’est pas accepté ici)',
    );
  });

  it('reads thousands grouped as French spreadsheets write them: space, no-break or narrow no-break space', () => {
    expect(read(integer(0, 100000), '1 200')).toBe(1200);
    expect(read(integer(0, 100000), '1\u00a0200')).toBe(1200);
    expect(read(integer(0, 100000), ' 12\u202f345 ')).toBe(12345);
    expect(read(optionalInteger(0, 10_000_000), '5 000 000')).toBe(5_000_000);
    expect(read(optionalInteger(0, 100000), '12 34')).toBe(
      'attendu : un nombre entier entre 0 et 100000, ou une case vide si la valeur est inconnue',
    );
  });

  it('reads an empty optional integer as unknown (null), never as zero', () => {
    expect(read(optionalInteger(0, 100), '')).toBeNull();
    expect(read(optionalInteger(0, 100), '0')).toBe(0);
    expect(read(optionalInteger(0, 100), '101')).toBe(
      'attendu : un nombre entier entre 0 et 100, ou une case vide si la valeur est inconnue',
    );
  });
});

describe('decimal cells', () => {
  it('reads a decimal comma, grouped thousands and a decimal point', () => {
    expect(read(decimal(0, 10000), '1,5')).toBe(1.5);
    expect(read(decimal(0, 10000), '1 200,25')).toBe(1200.25);
    expect(read(decimal(0, 10000), '1.5')).toBe(1.5);
    expect(read(decimal(-10, 10), '-2,5')).toBe(-2.5);
    expect(read(optionalDecimal(0, 10), '')).toBeNull();
  });

  it.each(['1,5,2', '1.200,5', 'un', '1,', ',5', '20'])(
    'refuses %j with the bounds and an example',
    (raw) => {
      expect(read(decimal(0, 10), raw)).toBe('attendu : un nombre entre 0 et 10 (ex. « 1,5 » ou « 1 200 »)');
    },
  );
});

describe('readFrenchDecimal', () => {
  it('gives null for what is no number', () => {
    expect(readFrenchDecimal('1 2,5')).toBeNull();
    expect(readFrenchDecimal('')).toBeNull();
  });
});

describe('choice cells', () => {
  it('accepts one of the values and lists them all otherwise', () => {
    expect(read(oneOf(['annonce', 'estimation']), ' annonce ')).toBe('annonce');
    expect(read(oneOf(['annonce', 'estimation']), 'Annonce')).toBe(
      'attendu : une des valeurs : « annonce », « estimation »',
    );
  });

  it('reads « true » and « false » only', () => {
    expect(read(boolean(), 'true')).toBe(true);
    expect(read(boolean(), ' false ')).toBe(false);
    expect(read(boolean(), 'oui')).toBe('attendu : « true » ou « false »');
  });
});

describe('date cells', () => {
  it('keeps a date as precise as the source: year, month or day', () => {
    expect(read(isoDate(), '2014')).toBe('2014');
    expect(read(isoDate(), '2014-01')).toBe('2014-01');
    expect(read(isoDate(), '2014-01-07')).toBe('2014-01-07');
  });

  it('rejects a date with the right shape that does not exist', () => {
    expect(v.safeParse(isoDate(), '2014-02-31').success).toBe(false);
    expect(v.safeParse(isoDate(), '2016-02-29').success).toBe(true);
    expect(v.safeParse(isoDate(), '2014-02-29').success).toBe(false);
  });

  it.each(['2014-13', '2014-1-7', '14-01-07', '7 janvier 2014'])('rejects %j', (raw) => {
    expect(read(isoDate(), raw)).toBe(
      'attendu : une date existante AAAA, AAAA-MM ou AAAA-MM-JJ (ex. « 2014-01-07 »)',
    );
  });

  it('reads an empty optional date as null', () => {
    expect(read(optionalIsoDate(), '')).toBeNull();
    expect(read(optionalIsoDate(), '2014-04-31')).toBe(
      'attendu : une date existante AAAA, AAAA-MM ou AAAA-MM-JJ, ou une case vide',
    );
  });
});

describe('url cells', () => {
  it('accepts an http or https address, or an empty cell as null', () => {
    expect(read(optionalUrl(), 'https://competitivite.gouv.fr/')).toBe('https://competitivite.gouv.fr/');
    expect(read(optionalUrl(), 'http://x.fr')).toBe('http://x.fr');
    expect(read(optionalUrl(), '')).toBeNull();
  });

  it.each(['www.cosmetic-valley.com', 'ftp://x.fr', 'https://a b.fr'])('rejects %j', (raw) => {
    expect(read(optionalUrl(), raw)).toBe(
      'attendu : une adresse web commençant par http:// ou https://, ou une case vide',
    );
  });
});
