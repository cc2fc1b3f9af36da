import type { Pole, Source } from '../../data/schemas';
import type { CsvTable } from '../../lib/csv-export';
import type { SheetTable } from '../../lib/sheet-table';
import { formatInteger, formatIsoDate } from '../../lib/format';
import { CATEGORY_LABELS, EVALUATION_LABELS } from '../../selectors/labels';

/** One attribute of a pole, as shown and as exported, with where it comes from and the date of that source. */
export interface ProfileFact {
  readonly key: string;
  readonly label: string;
  /** What the reader sees (French). */
  readonly value: string;
  /** What the CSV gets: raw, unformatted. */
  readonly raw: string | number | null;
  /** « DIRECCTE Centre, 7 janvier 2014 ». */
  readonly source: string;
  /** The source's date as written in the data (AAAA, AAAA-MM or AAAA-MM-JJ), or null when undated. */
  readonly sourceDate: string | null;
  /** False for a fact the table already shows within another (the year of the member count): CSV only. */
  readonly inTable: boolean;
}

export interface FactLookups {
  readonly theme: (id: string) => string;
  readonly region: (id: string) => string;
  readonly source: (id: string) => Source | undefined;
}

/** « DIRECCTE Centre, 7 janvier 2014 », « defzone.net, non daté »; an id the sources file lacks, as is. */
export function shortSource(id: string, source: Source | undefined): string {
  if (source === undefined) return id;
  return `${source.publisher}, ${source.date === null ? 'non daté' : formatIsoDate(source.date)}`;
}

export function membersValue(pole: Pole): string {
  if (pole.members === null) return 'inconnu';
  const year =
    pole.members_year === null ? 'année du chiffre non précisée' : `chiffre de ${pole.members_year}`;
  return `${formatInteger(pole.members)} (${year})`;
}

/**
 * Every attribute of the pole, each cited to the row's source (where its facts were confirmed) with that source's
 * date; the member count also gives the year of its figure.
 */
export function profileFacts(pole: Pole, lookups: FactLookups): ProfileFact[] {
  const source = lookups.source(pole.source_id);
  const cited = { source: shortSource(pole.source_id, source), sourceDate: source?.date ?? null };
  const fact = (key: string, label: string, value: string, raw: string | number | null = value) => ({
    key,
    label,
    value,
    raw,
    inTable: key !== 'members_year',
    ...cited,
  });
  const year =
    pole.members_year === null ? (pole.members === null ? '' : 'non précisée') : String(pole.members_year);
  return [
    fact('theme', 'Thème', lookups.theme(pole.theme), pole.theme),
    fact('hq_city', 'Ville du siège', pole.hq_city ?? 'non trouvée', pole.hq_city),
    fact(
      'region_2013',
      'Région du siège (régions de 2013)',
      lookups.region(pole.region_2013),
      pole.region_2013,
    ),
    fact(
      'region_2016',
      'Région du siège (régions de 2016)',
      lookups.region(pole.region_2016),
      pole.region_2016,
    ),
    fact('category', 'Statut au label', CATEGORY_LABELS[pole.category], pole.category),
    fact('year_labelled', 'Année du premier label', String(pole.year_labelled), pole.year_labelled),
    fact(
      'evaluation_2012',
      'Classe à l’évaluation de 2012',
      EVALUATION_LABELS[pole.evaluation_2012],
      pole.evaluation_2012,
    ),
    fact('members', 'Nombre d’adhérents', membersValue(pole), pole.members),
    fact('members_year', 'Année du nombre d’adhérents', year, pole.members_year),
    fact('website', 'Site web (2012-2013)', pole.website ?? 'non renseigné', pole.website),
  ];
}

/** The profile as a CSV: one line per fact, with its source and the date of that source. */
export function profileCsv(pole: Pole, facts: readonly ProfileFact[]): CsvTable {
  return {
    columns: ['Fait', 'Valeur', 'Source', 'Date de la source'],
    rows: [
      ['Identifiant', pole.id, null, null],
      ['Nom', pole.name, null, null],
      ...facts.map((fact) => [fact.label, fact.raw, fact.source, fact.sourceDate]),
    ],
  };
}

/** The profile for a spreadsheet: the CSV's lines, a year fact's value written as a year (2005, not 2 005). */
export function profileSheet(pole: Pole, facts: readonly ProfileFact[]): SheetTable {
  const csv = profileCsv(pole, facts);
  const years = new Set(facts.filter((fact) => /(^|_)year(_|$)/.test(fact.key)).map((fact) => fact.label));
  return {
    columns: [
      { label: 'Fait', kind: 'text' },
      { label: 'Valeur', kind: 'number' },
      { label: 'Source', kind: 'text' },
      { label: 'Date de la source', kind: 'text' },
    ],
    rows: csv.rows.map(([label, value, ...rest]) => [
      label ?? null,
      typeof value === 'number' && typeof label === 'string' && years.has(label)
        ? { number: value, kind: 'year' }
        : (value ?? null),
      ...rest,
    ]),
  };
}
