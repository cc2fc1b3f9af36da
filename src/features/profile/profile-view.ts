import type { Dataset } from '../../data/dataset';
import type { Pole } from '../../data/schemas';
import type { CsvTable } from '../../lib/csv-export';
import type { SheetTable } from '../../lib/sheet-table';
import type { I18n } from '../../lib/i18n/i18n';
import { MAX_COMPARED, type CardView, type ViewAction } from '../../model/view';
import { poleValue } from '../../selectors/filter-poles';
import { labelIndex } from '../../selectors/labels';
import { citation, PRIMARY_SOURCE, sourceIndex } from '../../selectors/sources';
import { profileCsv, profileFacts, profileSheet, shortSource, type ProfileFact } from './profile-facts';
import { peerGroup, type PeerGroup } from './profile-peers';

/** The press release's own words for the pole's field, with the release cited. */
export interface ProfileQuote {
  readonly text: string;
  readonly citation: string;
  readonly url: string | null;
}

/** « Ajouter à la comparaison », or why it cannot be done. */
export interface CompareControl {
  readonly label: string;
  readonly disabled: boolean;
  readonly reason: string | null;
  readonly status: string;
  readonly action: ViewAction;
}

export type ProfileModel =
  | { readonly kind: 'unknown'; readonly id: string; readonly title: string; readonly message: string }
  | {
      readonly kind: 'pole';
      readonly id: string;
      readonly name: string;
      readonly title: string;
      readonly summary: string;
      /** The attributes shown in the table, each with its source and date. */
      readonly facts: readonly ProfileFact[];
      readonly quote: ProfileQuote | null;
      readonly doubt: string | null;
      readonly notes: string | null;
      readonly source: { readonly citation: string; readonly url: string | null };
      /** Titles of French sources within the citations: marked as French in a page in another language. */
      readonly sourceTitles: readonly string[];
      readonly peers: readonly PeerGroup[];
      readonly compare: CompareControl;
      readonly csv: CsvTable;
      /** The same facts for a spreadsheet: numbers and years typed. */
      readonly sheet: SheetTable;
      readonly exportName: string;
    };

type ProfileData = Pick<Dataset, 'poles' | 'themes' | 'regions' | 'sources'>;
type ProfileView = Pick<CardView, 'regionScheme' | 'compared'>;

const RANK_LABELS = {
  theme: 'profile.export.rankTheme',
  region: 'profile.export.rankRegion',
} as const;

export const profileTitle = (name: string, { t }: I18n): string => t('profile.title', { name });

function compareControl(id: string, compared: readonly string[], { t }: I18n): CompareControl {
  const inComparison = compared.includes(id);
  const disabled = !inComparison && compared.length >= MAX_COMPARED;
  return {
    label: inComparison ? t('profile.compare.remove') : t('profile.compare.add'),
    disabled,
    reason: disabled ? t('profile.compare.full', { max: MAX_COMPARED }) : null,
    status:
      compared.length === 0
        ? t('profile.compare.none')
        : t('profile.compare.status', {
            count: compared.length,
            max: MAX_COMPARED,
            self: inComparison ? 'yes' : 'no',
          }),
    action: { type: 'toggle-compared', id },
  };
}

function peersOf(pole: Pole, data: ProfileData, view: ProfileView, i18n: I18n): PeerGroup[] {
  const { t } = i18n;
  const theme = labelIndex(data.themes, i18n.lang)(pole.theme);
  const regionId = poleValue(pole, 'regions', view.regionScheme);
  const region = t('profile.peers.regionName', {
    region: labelIndex(data.regions, i18n.lang)(regionId),
    scheme: view.regionScheme,
  });
  const sameTheme = data.poles.filter((other) => other.theme === pole.theme);
  const sameRegion = data.poles.filter(
    (other) => poleValue(other, 'regions', view.regionScheme) === regionId,
  );
  return [
    peerGroup(
      pole,
      sameTheme,
      'theme',
      t('profile.peers.themeGroup', { theme }),
      t('profile.peers.themeHeading', { theme, count: sameTheme.length }),
      i18n,
    ),
    peerGroup(
      pole,
      sameRegion,
      'region',
      t('profile.peers.regionGroup', { region }),
      t('profile.peers.regionHeading', { region, count: sameRegion.length }),
      i18n,
    ),
  ];
}

/**
 * One pole's profile: every attribute with its source and date, the press release's wording of its field (Centre
 * poles), its doubt and notes, its rank among the poles of its theme and of its region, and the comparison button.
 * An id no pole bears gives a profile that says so.
 */
export function buildProfile(data: ProfileData, id: string, view: ProfileView, i18n: I18n): ProfileModel {
  const { t } = i18n;
  const pole = data.poles.find((candidate) => candidate.id === id);
  if (pole === undefined)
    return {
      kind: 'unknown',
      id,
      title: t('profile.unknown.title'),
      message: t('profile.unknown.message', { id }),
    };
  const bySource = sourceIndex(data.sources);
  const lookups = {
    theme: labelIndex(data.themes, i18n.lang),
    region: labelIndex(data.regions, i18n.lang),
    source: (sourceId: string) => bySource.get(sourceId),
  };
  const facts = profileFacts(pole, lookups, i18n);
  const rowSource = bySource.get(pole.source_id);
  const release = bySource.get(PRIMARY_SOURCE);
  const quote =
    pole.release_field === null
      ? null
      : {
          text: pole.release_field,
          citation: release === undefined ? PRIMARY_SOURCE : citation(release, i18n),
          url: release?.url ?? null,
        };
  const peers = peersOf(pole, data, view, i18n);
  const cited = {
    source: shortSource(pole.source_id, rowSource, i18n),
    sourceDate: rowSource?.date ?? null,
  };
  // Ranks are worked out from every pole's own figures, not read from one source.
  const computed = { source: t('profile.export.computed'), sourceDate: null };
  const extra = (key: string, label: string, raw: string | null, from = cited): ProfileFact => ({
    key,
    label,
    value: raw ?? '',
    raw,
    inTable: false,
    ...from,
  });
  const city = pole.hq_city ?? t('profile.summary.cityNotFound');
  const exported: ProfileFact[] = [
    ...facts,
    ...(quote === null
      ? []
      : [
          extra('release_field', t('profile.export.releaseField'), quote.text, {
            source: shortSource(PRIMARY_SOURCE, release, i18n),
            sourceDate: release?.date ?? null,
          }),
        ]),
    extra('doubt', t('profile.export.doubt'), pole.doubt),
    extra('notes', t('profile.export.notes'), pole.notes),
    extra('source_url', t('profile.export.sourceUrl'), rowSource?.url ?? null),
    ...peers.map((group) => extra(`rank_${group.key}`, t(RANK_LABELS[group.key]), group.ranking, computed)),
  ];
  return {
    kind: 'pole',
    id: pole.id,
    name: pole.name,
    title: profileTitle(pole.name, i18n),
    summary: t('profile.summary', {
      theme: lookups.theme(pole.theme),
      city,
      region: lookups.region(pole.region_2013),
      year: String(pole.year_labelled),
    }),
    facts: facts.filter((fact) => fact.inTable),
    quote,
    doubt: pole.doubt,
    notes: pole.notes,
    source: {
      citation: rowSource === undefined ? pole.source_id : citation(rowSource, i18n),
      url: rowSource?.url ?? null,
    },
    sourceTitles: [rowSource, quote === null ? undefined : release].flatMap((source) =>
      source === undefined ? [] : [source.title],
    ),
    peers,
    compare: compareControl(pole.id, view.compared, i18n),
    csv: profileCsv(pole, exported, i18n),
    sheet: profileSheet(pole, exported, i18n),
    exportName: `fiche-${pole.id}`,
  };
}
