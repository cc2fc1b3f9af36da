import * as v from 'valibot';
import {
  boolean,
  id,
  integer,
  isoDate,
  oneOf,
  optionalId,
  optionalInteger,
  optionalIsoDate,
  optionalText,
  optionalOneOf,
  optionalUrl,
  sourcePairs,
  text,
} from './cells';

export const CATEGORIES = ['mondial', 'a-vocation-mondiale', 'national'] as const;
export const EVALUATIONS = ['tres-performant', 'performant', 'moins-performant'] as const;
export const FUNDING_STATUSES = ['annonce', 'estimation'] as const;
export const SOURCE_KINDS = ['primaire', 'secondaire'] as const;
/** How the source qualifies a member count: « aucun » (a bare number), « plus de », « environ » (also « une soixantaine »). */
export const MEMBER_QUALIFIERS = ['aucun', 'plus-de', 'environ'] as const;
/** What the source counts; « non-precisee » where the reference list records the number without its wording. */
export const MEMBER_UNITS = [
  'adherents',
  'membres',
  'entreprises',
  'acteurs',
  'etablissements',
  'entreprises-et-etablissements',
  'non-precisee',
] as const;
/** The facts a row may cite to a source other than its own `source_id`. */
export const SOURCED_FACTS = [
  'hq_city',
  'region_2013',
  'category',
  'year_labelled',
  'evaluation_2012',
  'members',
] as const;

export const poleSchema = v.object({
  id: id(),
  name: text(),
  theme: id(),
  region_2013: id(),
  region_2016: id(),
  hq_city: optionalText(),
  category: oneOf(CATEGORIES),
  year_labelled: integer(2004, 2013),
  evaluation_2012: oneOf(EVALUATIONS),
  members: optionalInteger(0, 100000),
  members_year: optionalInteger(2000, 2020),
  members_qualifier: optionalOneOf(MEMBER_QUALIFIERS),
  members_unit: optionalOneOf(MEMBER_UNITS),
  /** The count in words, as the source (or the reference list's notes) gives it: « plus de 100 adhérents ». */
  members_wording: optionalText(),
  website: optionalText(),
  source_id: id(),
  doubt: optionalText(),
  /** The other region of the seat that the doubt leaves possible (pre-2016 and post-2016 regions). */
  doubt_region_2013: optionalId(),
  doubt_region_2016: optionalId(),
  notes: optionalText(),
  /** The press release's own words for the pole's field (the 4 Centre poles only), quoted as written. */
  release_field: optionalText(),
  fact_sources: sourcePairs(SOURCED_FACTS),
});

/** Every label shown to a reader has its English twin (`label_en`), checked like the French one. */
export const themeSchema = v.object({ id: id(), label: text(), label_en: text() });

export const regionSchema = v.object({
  id: id(),
  label: text(),
  label_en: text(),
  in_2013: boolean(),
  in_2016: boolean(),
});

/** A department (INSEE code: 01 to 95, 2A, 2B, 971 to 976) and its region before and after the 2016 merger. */
export const departementSchema = v.object({
  code: text(),
  name: text(),
  region_2013: id(),
  region_2016: id(),
});

export const sourceSchema = v.object({
  id: id(),
  title: text(),
  publisher: text(),
  date: optionalIsoDate(),
  url: optionalUrl(),
  kind: oneOf(SOURCE_KINDS),
});

export const fundingSchema = v.object({
  id: id(),
  period_start: integer(2004, 2030),
  period_end: integer(2004, 2030),
  amount_eur: integer(0, 1_000_000_000),
  status: oneOf(FUNDING_STATUSES),
  approximate: boolean(),
  method: text(),
  method_en: text(),
  source_id: id(),
});

export const milestoneSchema = v.object({
  id: id(),
  date: isoDate(),
  date_end: optionalIsoDate(),
  label: text(),
  label_en: text(),
  detail: text(),
  detail_en: text(),
  pole_id: optionalId(),
  source_id: id(),
});

export type Pole = v.InferOutput<typeof poleSchema>;
export type Theme = v.InferOutput<typeof themeSchema>;
export type Region = v.InferOutput<typeof regionSchema>;
export type Departement = v.InferOutput<typeof departementSchema>;
export type Source = v.InferOutput<typeof sourceSchema>;
export type FundingRow = v.InferOutput<typeof fundingSchema>;
export type Milestone = v.InferOutput<typeof milestoneSchema>;
export type Category = Pole['category'];
export type Evaluation = Pole['evaluation_2012'];
export type MemberQualifier = (typeof MEMBER_QUALIFIERS)[number];
export type MemberUnit = (typeof MEMBER_UNITS)[number];
