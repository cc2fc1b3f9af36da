import { cell, type TableModel } from '../../components/table-model';
import type { HorizontalBar } from '../../components/charts/chart-spec';
import { formatInteger, formatPercent, plural } from '../../lib/format';
import type { Membership } from '../../selectors/membership';
import { QUALIFIER_LABELS, qualifiedSum, UNIT_LABELS } from '../../selectors/member-count';
import type { MembersScope } from '../../model/view';

/** Says what « 620 » is wherever it appears: a sum worked out here, which may count a firm more than once. */
export const COMPUTED_SUM = 'somme calculée ici ; une entreprise peut adhérer à plusieurs pôles';

const scopeText = (scope: MembersScope, count: number) =>
  scope === 'centre'
    ? `des ${plural(count, 'pôle')} du Centre`
    : `des ${plural(count, 'pôle')} en vue dont l’effectif est connu`;

export function membershipTakeaway(data: Membership, scope: MembersScope): string {
  const [first] = data.bars;
  if (first === undefined) {
    if (data.unknown.length > 0) return 'Aucun pôle de la sélection n’a d’effectif connu.';
    return scope === 'centre'
      ? 'Aucun des pôles du Centre ne correspond aux filtres.'
      : 'Aucun pôle ne correspond aux filtres.';
  }
  const unit =
    first.count.unit === 'non-precisee' ? 'adhérents (unité non précisée)' : UNIT_LABELS[first.count.unit];
  if (data.bars.length === 1)
    return first.count.unit === 'entreprises-et-etablissements'
      ? `${first.name} compte ${first.count.label}.`
      : `${first.name} compte ${first.count.number} ${unit}.`;
  if (first.share !== null) {
    return `${first.name} rassemble ${formatPercent(first.share)} des adhésions ${scopeText(scope, data.bars.length)} (${first.count.number} sur ${qualifiedSum(data.total, data.totalQualifier)} adhésions au total, ${COMPUTED_SUM}).`;
  }
  const year = first.year === null ? 'année non précisée' : String(first.year);
  return `${first.name} compte le plus d’adhérents parmi les ${plural(data.bars.length, 'pôle')} en vue dont l’effectif est connu (${first.count.label}, ${year}) ; les effectifs datent d’années différentes, ne comptent pas tous la même chose et ne s’additionnent pas.`;
}

export function memberValueLabel(bar: Membership['bars'][number], showYear: boolean): string {
  const parts = [bar.count.label];
  if (bar.share !== null) parts.push(`(${formatPercent(bar.share)})`);
  if (showYear) parts.push(bar.year === null ? '· année ?' : `· ${bar.year}`);
  return parts.join(' ');
}

export function membershipBars(data: Membership): HorizontalBar[] {
  const showYear = !data.comparable;
  return data.bars.map((bar) => ({
    id: bar.id,
    label: bar.centre && !data.bars.every((b) => b.centre) ? `${bar.name} (Centre)` : bar.name,
    value: bar.members,
    valueLabel: memberValueLabel(bar, showYear),
    tone: bar.centre ? 'centre' : 'base',
  }));
}

export function membershipTable(data: Membership, themeLabel: (id: string) => string): TableModel {
  return {
    caption: 'Nombre d’adhérents par pôle, tel que la source le formule',
    columns: [
      { key: 'name', label: 'Pôle' },
      { key: 'theme', label: 'Thème' },
      { key: 'members', label: 'Adhérents', numeric: true },
      { key: 'qualifier', label: 'Qualificatif de la source' },
      { key: 'unit', label: 'Unité comptée' },
      { key: 'wording', label: 'Libellé de la source' },
      { key: 'share', label: 'Part de la somme calculée', numeric: true, kind: 'percent' },
      { key: 'year', label: 'Année du chiffre', numeric: true },
      { key: 'doubt', label: 'Réserve' },
    ],
    rows: [
      ...data.bars.map((bar) => ({
        key: bar.id,
        cells: [
          cell(bar.name),
          cell(themeLabel(bar.theme)),
          cell(bar.count.number, bar.members),
          cell(QUALIFIER_LABELS[bar.count.qualifier], bar.count.qualifier),
          cell(UNIT_LABELS[bar.count.unit], bar.count.unit),
          cell(bar.count.wording ?? 'non relevé', bar.count.wording),
          cell(
            bar.share === null ? 'non cumulable' : formatPercent(bar.share),
            bar.share === null ? null : Number(bar.share.toFixed(4)),
          ),
          cell(bar.year === null ? 'non précisée' : String(bar.year), bar.year),
          cell(bar.doubt ?? '', bar.doubt),
        ],
      })),
      ...data.unknown.map((pole) => ({
        key: pole.id,
        cells: [
          cell(pole.name),
          cell(themeLabel(pole.theme)),
          cell('inconnu', null),
          cell('—', null),
          cell('—', null),
          cell('—', null),
          cell('—', null),
          cell('—', null),
          cell(pole.doubt ?? '', pole.doubt),
        ],
      })),
    ],
  };
}

/** « 620 adhésions au total » with what it is, for the caveats. */
export function sumCaveat(data: Membership): string | null {
  if (!data.comparable || data.bars.length < 2) return null;
  return `Le total de ${qualifiedSum(data.total, data.totalQualifier)} adhésions est une ${COMPUTED_SUM}. La source donne les ${formatInteger(data.bars.length)} chiffres, pas leur somme.`;
}
