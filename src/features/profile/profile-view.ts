import type { Dataset } from '../../data/dataset';
import type { Pole } from '../../data/schemas';
import type { CsvTable } from '../../lib/csv-export';
import type { SheetTable } from '../../lib/sheet-table';
import { plural } from '../../lib/format';
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
  theme: 'Rang parmi les pôles du même thème',
  region: 'Rang parmi les pôles de la même région',
} as const;

/** Ranks are worked out from every pole's own figures, not read from one source. */
const COMPUTED = { source: 'Calcul sur les effectifs de chaque pôle', sourceDate: null };

export const profileTitle = (name: string): string => `Fiche du pôle\u00a0: ${name}`;

function compareControl(id: string, compared: readonly string[]): CompareControl {
  const inComparison = compared.includes(id);
  const disabled = !inComparison && compared.length >= MAX_COMPARED;
  return {
    label: inComparison ? 'Retirer de la comparaison' : 'Ajouter à la comparaison',
    disabled,
    reason: disabled
      ? `La comparaison compte déjà ${MAX_COMPARED}\u00a0pôles, le maximum\u00a0: retirez-en un pour ajouter celui-ci.`
      : null,
    status:
      compared.length === 0
        ? 'Aucun pôle dans la comparaison.'
        : `${plural(compared.length, 'pôle')} dans la comparaison (${MAX_COMPARED} au plus)${inComparison ? ', dont celui-ci' : ''}.`,
    action: { type: 'toggle-compared', id },
  };
}

function peersOf(pole: Pole, data: ProfileData, view: ProfileView): PeerGroup[] {
  const theme = labelIndex(data.themes)(pole.theme);
  const regionId = poleValue(pole, 'regions', view.regionScheme);
  const region = `${labelIndex(data.regions)(regionId)} (régions de ${view.regionScheme})`;
  const sameTheme = data.poles.filter((other) => other.theme === pole.theme);
  const sameRegion = data.poles.filter(
    (other) => poleValue(other, 'regions', view.regionScheme) === regionId,
  );
  return [
    peerGroup(
      pole,
      sameTheme,
      'theme',
      `du thème ${theme}`,
      `Thème ${theme}\u00a0: ${plural(sameTheme.length, 'pôle')}`,
    ),
    peerGroup(
      pole,
      sameRegion,
      'region',
      `de la région ${region}`,
      `Région ${region}\u00a0: ${plural(sameRegion.length, 'pôle')}`,
    ),
  ];
}

/**
 * One pole's profile: every attribute with its source and date, the press release's wording of its field (Centre
 * poles), its doubt and notes, its rank among the poles of its theme and of its region, and the comparison button.
 * An id no pole bears gives a profile that says so.
 */
export function buildProfile(data: ProfileData, id: string, view: ProfileView): ProfileModel {
  const pole = data.poles.find((candidate) => candidate.id === id);
  if (pole === undefined)
    return {
      kind: 'unknown',
      id,
      title: 'Fiche du pôle\u00a0: identifiant inconnu',
      message: `Aucun pôle ne porte l’identifiant «\u00a0${id}\u00a0».`,
    };
  const bySource = sourceIndex(data.sources);
  const lookups = {
    theme: labelIndex(data.themes),
    region: labelIndex(data.regions),
    source: (sourceId: string) => bySource.get(sourceId),
  };
  const facts = profileFacts(pole, lookups);
  const rowSource = bySource.get(pole.source_id);
  const release = bySource.get(PRIMARY_SOURCE);
  const quote =
    pole.release_field === null
      ? null
      : {
          text: pole.release_field,
          citation: release === undefined ? PRIMARY_SOURCE : citation(release),
          url: release?.url ?? null,
        };
  const peers = peersOf(pole, data, view);
  const cited = { source: shortSource(pole.source_id, rowSource), sourceDate: rowSource?.date ?? null };
  const extra = (key: string, label: string, raw: string | null, from = cited): ProfileFact => ({
    key,
    label,
    value: raw ?? '',
    raw,
    inTable: false,
    ...from,
  });
  const city = pole.hq_city ?? 'ville du siège non trouvée';
  const exported: ProfileFact[] = [
    ...facts,
    ...(quote === null
      ? []
      : [
          extra('release_field', 'Domaine selon le communiqué', quote.text, {
            source: shortSource(PRIMARY_SOURCE, release),
            sourceDate: release?.date ?? null,
          }),
        ]),
    extra('doubt', 'Réserve', pole.doubt),
    extra('notes', 'Notes', pole.notes),
    extra('source_url', 'Adresse de la source', rowSource?.url ?? null),
    ...peers.map((group) => extra(`rank_${group.key}`, RANK_LABELS[group.key], group.ranking, COMPUTED)),
  ];
  return {
    kind: 'pole',
    id: pole.id,
    name: pole.name,
    title: profileTitle(pole.name),
    summary: `${lookups.theme(pole.theme)} · ${city}, ${lookups.region(pole.region_2013)} · labellisé en ${pole.year_labelled}`,
    facts: facts.filter((fact) => fact.inTable),
    quote,
    doubt: pole.doubt,
    notes: pole.notes,
    source: {
      citation: rowSource === undefined ? pole.source_id : citation(rowSource),
      url: rowSource?.url ?? null,
    },
    peers,
    compare: compareControl(pole.id, view.compared),
    csv: profileCsv(pole, exported),
    sheet: profileSheet(pole, exported),
    exportName: `fiche-${pole.id}`,
  };
}
