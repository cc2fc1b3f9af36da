import { memberCount } from '../../selectors/member-count';
import type { Pole } from '../../data/schemas';
import type { I18n } from '../../lib/i18n/i18n';

/** One pole among its peers: its name and its member count with the year of the figure. */
export interface PeerEntry {
  readonly id: string;
  readonly name: string;
  readonly membersText: string;
  /** The pole whose profile is open. */
  readonly self: boolean;
}

/** The poles of one theme or one region: the open pole's rank by members, and every peer. */
export interface PeerGroup {
  readonly key: 'theme' | 'region';
  /** « Thème Énergie : 7 pôles ». */
  readonly heading: string;
  readonly ranking: string;
  /** Poles with a known count, most members first: the ranking's list. */
  readonly ranked: readonly PeerEntry[];
  /** Poles with no known count, by name: not ranked. */
  readonly unranked: readonly PeerEntry[];
}

/** « 1er », « 2e » in French, « 1st », « 2nd » in English: the ordinal of a rank. */
export const ordinal = (rank: number, { t }: I18n): string => t('profile.peers.ordinal', { rank });

const byName = (a: Pole, b: Pole) => a.name.localeCompare(b.name, 'fr');

export function membersText(pole: Pole, i18n: I18n): string {
  const { t } = i18n;
  const count = memberCount(pole, i18n);
  if (count === null) return t('profile.peers.membersUnknown');
  const year = pole.members_year === null ? t('profile.peers.yearNotStated') : String(pole.members_year);
  if (count.unit === 'non-precisee') return t('profile.peers.membersNoUnit', { label: count.label, year });
  if (count.unit !== 'adherents') return t('profile.peers.membersOther', { label: count.label, year });
  return count.qualifier === 'aucun'
    ? t('profile.peers.membersCount', { count: count.value, year })
    : t('profile.peers.membersQualified', { number: count.number, year });
}

/** Whether counts can be set side by side: same year and same source, or a warning that they cannot. */
function comparability(known: readonly Pole[], { t }: I18n): string {
  const years = new Set(known.map((pole) => pole.members_year));
  const sources = new Set(known.map((pole) => pole.source_id));
  const [year] = years;
  if (years.size === 1 && year !== null && year !== undefined && sources.size === 1)
    return t('profile.peers.sameYearSameSource', { year: String(year) });
  if (years.size === 1 && year !== null && year !== undefined)
    return t('profile.peers.sameYear', { year: String(year) });
  return t('profile.peers.differentYears');
}

/** « 1 pôle du thème Énergie n’a pas d’effectif connu et n’est pas classé. », after a space; nothing for none. */
function missingSentence(count: number, group: string, also: boolean, { t }: I18n): string {
  if (count === 0) return '';
  return ` ${t(also ? 'profile.peers.missingOthers' : 'profile.peers.missing', { count, group })}`;
}

/** The sentence that places the pole among the group's poles with a known count, and says how many have none. */
function rankingSentence(
  pole: Pole,
  known: readonly Pole[],
  unknownOthers: number,
  group: string,
  i18n: I18n,
): string {
  const { t } = i18n;
  if (pole.members === null) {
    const among =
      known.length === 0
        ? t('profile.peers.unknownNone', { group })
        : t('profile.peers.unknownAmong', { name: pole.name, count: known.length, group });
    return `${among}${missingSentence(unknownOthers, group, true, i18n)}`;
  }
  const missing = missingSentence(unknownOthers, group, false, i18n);
  if (known.length === 1) return `${t('profile.peers.only', { group })}${missing}`;
  const members = pole.members;
  const ahead = known.filter((other) => (other.members ?? 0) > members).length;
  const tied = known.filter((other) => other.members === members).length > 1;
  const ranked = t('profile.peers.rank', {
    rank: ordinal(ahead + 1, i18n),
    tied: tied ? 'yes' : 'no',
    count: known.length,
    group,
    comparability: comparability(known, i18n),
  });
  return `${ranked}${missing}`;
}

const entry = (pole: Pole, self: Pole, i18n: I18n): PeerEntry => ({
  id: pole.id,
  name: pole.name,
  membersText: membersText(pole, i18n),
  self: pole.id === self.id,
});

/**
 * The pole among the poles of a group (its theme, or its region on the map in use), the pole itself included. Only
 * poles with a known count are ranked; counts from different years or sources are flagged as such.
 */
export function peerGroup(
  pole: Pole,
  peers: readonly Pole[],
  key: PeerGroup['key'],
  group: string,
  heading: string,
  i18n: I18n,
): PeerGroup {
  const known = peers
    .filter((peer) => peer.members !== null)
    .sort((a, b) => (b.members ?? 0) - (a.members ?? 0) || byName(a, b));
  const unknown = peers.filter((peer) => peer.members === null).sort(byName);
  const unknownOthers = unknown.filter((peer) => peer.id !== pole.id).length;
  return {
    key,
    heading,
    ranking: rankingSentence(pole, known, unknownOthers, group, i18n),
    ranked: known.map((peer) => entry(peer, pole, i18n)),
    unranked: unknown.map((peer) => entry(peer, pole, i18n)),
  };
}
