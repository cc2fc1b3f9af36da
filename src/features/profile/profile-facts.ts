import type { Pole, Source } from '../../data/schemas';
import type { CsvTable } from '../../lib/csv-export';
import type { SheetTable } from '../../lib/sheet-table';
import { formatIsoDate } from '../../lib/format';
import { CATEGORY_LABELS, EVALUATION_LABELS } from '../../selectors/labels';
import { memberCount, qualifierLabel, unitLabel } from '../../selectors/member-count';

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

/** The theme is this dashboard's own grouping: no source gives it. */
const OWN_GROUPING = { source: 'Regroupement propre à ce tableau de bord (non officiel)', sourceDate: null };
/** The 2016 region follows from the 2013 one by the merger of 2016, whatever the row's source says. */
const MERGER = { source: 'Déduite de la région de 2013 (fusion des régions de 2016)', sourceDate: null };

/** « DIRECCTE Centre, 7 janvier 2014 », « defzone.net, non daté »; an id the sources file lacks, as is. */
export function shortSource(id: string, source: Source | undefined): string {
  if (source === undefined) return id;
  return `${source.publisher}, ${source.date === null ? 'non daté' : formatIsoDate(source.date)}`;
}

/** « plus de 100 adhérents (chiffre de 2009) »: the source's wording where recorded, else the number alone. */
export function membersValue(pole: Pole): string {
  const count = memberCount(pole);
  if (count === null) return 'inconnu';
  const year =
    pole.members_year === null ? 'année du chiffre non précisée' : `chiffre de ${pole.members_year}`;
  const words = count.wording ?? `${count.number}, unité non précisée`;
  return `${words} (${year})`;
}

/**
 * Every attribute of the pole, each cited to its source with that source's date: the row's source, or the one
 * `fact_sources` names for that fact; the member count gives its year and the source's wording.
 */
export function profileFacts(pole: Pole, lookups: FactLookups): ProfileFact[] {
  const citedTo = (sourceId: string) => {
    const source = lookups.source(sourceId);
    return { source: shortSource(sourceId, source), sourceDate: source?.date ?? null };
  };
  // A fact the row's own source does not state cites the source named for it in `fact_sources`.
  const own = new Map(pole.fact_sources.map((pair) => [pair.column, pair.sourceId]));
  const fact = (key: string, label: string, value: string, raw: string | number | null = value) => ({
    key,
    label,
    value,
    raw,
    inTable: !key.startsWith('members_'),
    ...citedTo(own.get(key === 'members_year' ? 'members' : key) ?? pole.source_id),
  });
  const year =
    pole.members_year === null ? (pole.members === null ? '' : 'non précisée') : String(pole.members_year);
  return [
    {
      ...fact('theme', 'Thème (regroupement du tableau de bord)', lookups.theme(pole.theme), pole.theme),
      ...OWN_GROUPING,
    },
    fact('hq_city', 'Ville du siège', pole.hq_city ?? 'non trouvée', pole.hq_city),
    fact(
      'region_2013',
      'Région du siège (régions de 2013)',
      lookups.region(pole.region_2013),
      pole.region_2013,
    ),
    {
      ...fact(
        'region_2016',
        'Région du siège (régions de 2016)',
        lookups.region(pole.region_2016),
        pole.region_2016,
      ),
      ...MERGER,
    },
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
    fact(
      'members_qualifier',
      'Qualificatif du nombre d’adhérents',
      pole.members_qualifier === null ? '' : qualifierLabel(pole.members_qualifier),
      pole.members_qualifier,
    ),
    fact(
      'members_unit',
      'Unité du nombre d’adhérents',
      pole.members_unit === null ? '' : unitLabel(pole.members_unit),
      pole.members_unit,
    ),
    fact(
      'members_wording',
      'Libellé du nombre d’adhérents',
      pole.members_wording ?? '',
      pole.members_wording,
    ),
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
