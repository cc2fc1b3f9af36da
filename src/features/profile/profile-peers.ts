import { memberCount } from '../../selectors/member-count';
import type { Pole } from '../../data/schemas';
import { formatInteger, plural } from '../../lib/format';

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

/** « 1er », « 2e »: French ordinals of a rank. */
export const ordinal = (rank: number): string => `${formatInteger(rank)}${rank === 1 ? 'er' : 'e'}`;

const byName = (a: Pole, b: Pole) => a.name.localeCompare(b.name, 'fr');

export function membersText(pole: Pole): string {
  const count = memberCount(pole);
  if (count === null) return 'effectif inconnu';
  const year = pole.members_year === null ? 'année non précisée' : String(pole.members_year);
  if (count.unit === 'non-precisee') return `${count.label} (unité non précisée, ${year})`;
  if (count.unit !== 'adherents') return `${count.label} (${year})`;
  const words = count.qualifier === 'aucun' ? plural(count.value, 'adhérent') : `${count.number} adhérents`;
  return `${words} (${year})`;
}

/** Whether counts can be set side by side: same year and same source, or a warning that they cannot. */
function comparability(known: readonly Pole[]): string {
  const years = new Set(known.map((pole) => pole.members_year));
  const sources = new Set(known.map((pole) => pole.source_id));
  const [year] = years;
  if (years.size === 1 && year !== null && year !== undefined && sources.size === 1)
    return `chiffres de ${year}, tous de la même source`;
  if (years.size === 1 && year !== null && year !== undefined)
    return `chiffres de ${year} mais de sources différentes, à comparer avec prudence`;
  return 'chiffres d’années différentes, à comparer avec prudence';
}

const verb = (count: number, one: string, many: string) => (count > 1 ? many : one);

/** « 1 pôle du thème Énergie n’a pas d’effectif connu et n’est pas classé. » */
function missingSentence(count: number, group: string, also: boolean): string {
  if (count === 0) return '';
  const have = verb(count, 'n’a', 'n’ont');
  const ranked = verb(count, 'n’est pas classé', 'ne sont pas classés');
  return ` ${plural(count, also ? 'autre pôle' : 'pôle')} ${group} ${have} pas d’effectif connu${also ? ' non plus' : ''} et ${ranked}.`;
}

/** The sentence that places the pole among the group's poles with a known count, and says how many have none. */
function rankingSentence(pole: Pole, known: readonly Pole[], unknownOthers: number, group: string): string {
  if (pole.members === null) {
    const among =
      known.length === 0
        ? `aucun pôle ${group} n’a d’effectif connu.`
        : `${pole.name} n’est pas classé parmi les ${plural(known.length, 'pôle')} ${group} dont l’effectif est connu.`;
    return `Effectif inconnu\u00a0: ${among}${missingSentence(unknownOthers, group, true)}`;
  }
  const missing = missingSentence(unknownOthers, group, false);
  if (known.length === 1) return `Seul pôle ${group} dont l’effectif est connu.${missing}`;
  const members = pole.members;
  const ahead = known.filter((other) => (other.members ?? 0) > members).length;
  const tied = known.filter((other) => other.members === members).length > 1;
  return `${ordinal(ahead + 1)}${tied ? ' ex æquo' : ''} sur ${plural(known.length, 'pôle')} ${group} par le nombre d’adhérents (${comparability(known)}).${missing}`;
}

const entry = (pole: Pole, self: Pole): PeerEntry => ({
  id: pole.id,
  name: pole.name,
  membersText: membersText(pole),
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
): PeerGroup {
  const known = peers
    .filter((peer) => peer.members !== null)
    .sort((a, b) => (b.members ?? 0) - (a.members ?? 0) || byName(a, b));
  const unknown = peers.filter((peer) => peer.members === null).sort(byName);
  const unknownOthers = unknown.filter((peer) => peer.id !== pole.id).length;
  return {
    key,
    heading,
    ranking: rankingSentence(pole, known, unknownOthers, group),
    ranked: known.map((peer) => entry(peer, pole)),
    unranked: unknown.map((peer) => entry(peer, pole)),
  };
}
