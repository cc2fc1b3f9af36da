import type { Pole, Source } from '../../data/schemas';
import type { CsvTable } from '../../lib/csv-export';
import type { SheetTable } from '../../lib/sheet-table';
import type { I18n } from '../../lib/i18n/i18n';
import { categoryLabel, evaluationLabel } from '../../selectors/labels';
import { memberCount, qualifierLabel, unitLabel, type MemberCount } from '../../selectors/member-count';

/** One attribute of a pole, as shown and as exported, with where it comes from and the date of that source. */
export interface ProfileFact {
  readonly key: string;
  readonly label: string;
  /** What the reader sees, in the reader's language. */
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
export function shortSource(id: string, source: Source | undefined, { t, format }: I18n): string {
  if (source === undefined) return id;
  const date = source.date === null ? t('profile.fact.undated') : format.isoDate(source.date);
  return t('profile.fact.shortSource', { publisher: source.publisher, date });
}

/** The count in French in the source's own words; in another language, its number, qualifier and unit translated. */
function countWords(count: MemberCount, i18n: I18n): string {
  if (count.wording !== null && i18n.lang === 'fr') return count.wording;
  if (count.unit === 'non-precisee') return i18n.t('profile.members.noUnit', { number: count.number });
  // A count of two kinds already reads in full (« 83 firms and 14 establishments »).
  if (count.unit === 'entreprises-et-etablissements') return count.label;
  return i18n.t('profile.members.withUnit', { number: count.number, unit: unitLabel(count.unit, i18n) });
}

/** « plus de 100 adhérents (chiffre de 2009) »: the source's wording where recorded, else the number alone. */
export function membersValue(pole: Pole, i18n: I18n): string {
  const { t } = i18n;
  const count = memberCount(pole, i18n);
  if (count === null) return t('profile.members.unknown');
  const year =
    pole.members_year === null
      ? t('profile.members.figureYearNotStated')
      : t('profile.members.figureYear', { year: String(pole.members_year) });
  return t('profile.members.value', { words: countWords(count, i18n), year });
}

/**
 * Every attribute of the pole, each cited to its source with that source's date: the row's source, or the one
 * `fact_sources` names for that fact; the member count gives its year and the source's wording.
 */
export function profileFacts(pole: Pole, lookups: FactLookups, i18n: I18n): ProfileFact[] {
  const { t } = i18n;
  // The theme is this dashboard's own grouping: no source gives it.
  const ownGrouping = { source: t('profile.fact.ownGrouping'), sourceDate: null };
  // The 2016 region follows from the 2013 one by the merger of 2016, whatever the row's source says.
  const merger = { source: t('profile.fact.merger'), sourceDate: null };
  const citedTo = (sourceId: string) => {
    const source = lookups.source(sourceId);
    return { source: shortSource(sourceId, source, i18n), sourceDate: source?.date ?? null };
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
    pole.members_year === null
      ? pole.members === null
        ? ''
        : t('profile.fact.yearNotStated')
      : String(pole.members_year);
  return [
    {
      ...fact('theme', t('profile.fact.theme'), lookups.theme(pole.theme), pole.theme),
      ...ownGrouping,
    },
    fact('hq_city', t('profile.fact.hqCity'), pole.hq_city ?? t('profile.fact.cityNotFound'), pole.hq_city),
    fact('region_2013', t('profile.fact.region2013'), lookups.region(pole.region_2013), pole.region_2013),
    {
      ...fact(
        'region_2016',
        t('profile.fact.region2016'),
        lookups.region(pole.region_2016),
        pole.region_2016,
      ),
      ...merger,
    },
    fact('category', t('profile.fact.category'), categoryLabel(pole.category, i18n), pole.category),
    fact('year_labelled', t('profile.fact.yearLabelled'), String(pole.year_labelled), pole.year_labelled),
    fact(
      'evaluation_2012',
      t('profile.fact.evaluation2012'),
      evaluationLabel(pole.evaluation_2012, i18n),
      pole.evaluation_2012,
    ),
    fact('members', t('profile.fact.members'), membersValue(pole, i18n), pole.members),
    fact('members_year', t('profile.fact.membersYear'), year, pole.members_year),
    fact(
      'members_qualifier',
      t('profile.fact.membersQualifier'),
      pole.members_qualifier === null ? '' : qualifierLabel(pole.members_qualifier, i18n),
      pole.members_qualifier,
    ),
    fact(
      'members_unit',
      t('profile.fact.membersUnit'),
      pole.members_unit === null ? '' : unitLabel(pole.members_unit, i18n),
      pole.members_unit,
    ),
    fact(
      'members_wording',
      t('profile.fact.membersWording'),
      pole.members_wording ?? '',
      pole.members_wording,
    ),
    fact('website', t('profile.fact.website'), pole.website ?? t('profile.fact.websiteNone'), pole.website),
  ];
}

/** The profile as a CSV: one line per fact, with its source and the date of that source. */
export function profileCsv(pole: Pole, facts: readonly ProfileFact[], { t }: I18n): CsvTable {
  return {
    columns: [
      t('profile.export.fact'),
      t('profile.export.value'),
      t('profile.export.source'),
      t('profile.export.sourceDate'),
    ],
    rows: [
      [t('profile.export.id'), pole.id, null, null],
      [t('profile.export.name'), pole.name, null, null],
      ...facts.map((fact) => [fact.label, fact.raw, fact.source, fact.sourceDate]),
    ],
  };
}

/** The profile for a spreadsheet: the CSV's lines, a year fact's value written as a year (2005, not 2 005). */
export function profileSheet(pole: Pole, facts: readonly ProfileFact[], i18n: I18n): SheetTable {
  const csv = profileCsv(pole, facts, i18n);
  const years = new Set(facts.filter((fact) => /(^|_)year(_|$)/.test(fact.key)).map((fact) => fact.label));
  return {
    columns: [
      { label: i18n.t('profile.export.fact'), kind: 'text' },
      { label: i18n.t('profile.export.value'), kind: 'number' },
      { label: i18n.t('profile.export.source'), kind: 'text' },
      { label: i18n.t('profile.export.sourceDate'), kind: 'text' },
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
