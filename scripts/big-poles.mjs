// A valid poles.csv of N made-up pôles, for trying the import on a big file (scripts/make-big-poles.mjs writes it
// to disk; the browser test and the benchmark import it). Deterministic: the same N gives the same text. Themes,
// regions and sources come from data/*.csv, so the file passes the schema and the cross-file checks; about 360 bytes
// a row (100,000 rows ≈ 36 MB).
import { readFileSync } from 'node:fs';

const column = (file, index) =>
  readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[index]);

const CATEGORIES = ['mondial', 'a-vocation-mondiale', 'national'];
const EVALUATIONS = ['tres-performant', 'performant', 'moins-performant'];
const HEADER =
  'id,name,theme,region_2013,region_2016,hq_city,category,year_labelled,evaluation_2012,members,members_year,' +
  'members_qualifier,members_unit,members_wording,website,source_id,doubt,doubt_region_2013,doubt_region_2016,notes,' +
  'release_field,fact_sources';

/** The text of a poles.csv of `rows` pôles: the bundled ones first, then made-up ones. */
export function bigPoles(rows) {
  const themes = column('themes.csv', 0);
  const sources = column('sources.csv', 0);
  const codes = column('departements.csv', 0);
  const regions2013 = column('departements.csv', 2);
  const regions2016 = column('departements.csv', 3);
  const names = column('departements.csv', 1);
  // A small linear congruential generator: the same sequence on every machine.
  let seed = 20261126;
  const next = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  // The bundled pôles come first: the milestones of data/milestones.csv refer to some of them.
  const bundled = readFileSync(new URL('../data/poles.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n');
  if (bundled[0] !== HEADER) throw new Error('data/poles.csv has other columns than this script writes');
  const lines = bundled.slice(0, rows + 1);
  // Made-up pôles sit outside the former région Centre, whose 4 pôles the Centre cards are about.
  const places = regions2013.map((_, index) => index).filter((index) => regions2013[index] !== 'centre');
  for (let index = bundled.length - 1; index < rows; index += 1) {
    const place = places[next(places.length)];
    const known = next(10) > 0;
    const members = known ? 20 + next(900) : '';
    const number = String(index + 1).padStart(6, '0');
    lines.push(
      [
        `pole-essai-${number}`,
        `Pôle d’essai ${number}`,
        themes[next(themes.length)],
        regions2013[place],
        regions2016[place],
        `Ville ${names[place]}`,
        CATEGORIES[next(3)],
        2004 + next(10),
        EVALUATIONS[next(3)],
        members,
        known ? 2008 + next(8) : '',
        known ? 'aucun' : '',
        known ? 'adherents' : '',
        known ? `${members} adhérents` : '',
        `www.pole-essai-${number}.example`,
        sources[next(sources.length)],
        next(20) === 0 ? 'Effectif à confirmer.' : '',
        '',
        '',
        `"Pôle fictif n° ${number}, engendré pour mesurer l’import ; département ${codes[place]}, ${names[place]}. Texte de remplissage pour approcher la taille d’une ligne réelle."`,
        '',
        '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
