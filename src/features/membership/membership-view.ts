import { cell, type TableModel } from '../../components/table-model';
import type { HorizontalBar } from '../../components/charts/chart-spec';
import { formatInteger, formatPercent, plural } from '../../lib/format';
import type { Membership } from '../../selectors/membership';
import type { MembersScope } from '../../model/view';

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
  if (data.bars.length === 1) return `${first.name} compte ${formatInteger(first.members)} adhérents.`;
  if (first.share !== null) {
    return `${first.name} rassemble ${formatPercent(first.share)} des adhérents ${scopeText(scope, data.bars.length)} (${formatInteger(first.members)} sur ${formatInteger(data.total)}).`;
  }
  const year = first.year === null ? 'année non précisée' : String(first.year);
  return `${first.name} compte le plus d’adhérents parmi les ${plural(data.bars.length, 'pôle')} en vue dont l’effectif est connu (${formatInteger(first.members)}, ${year}) ; les effectifs datent d’années différentes et ne s’additionnent pas.`;
}

export function memberValueLabel(bar: Membership['bars'][number], showYear: boolean): string {
  const parts = [formatInteger(bar.members)];
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
    caption: 'Nombre d’adhérents par pôle',
    columns: [
      { key: 'name', label: 'Pôle' },
      { key: 'theme', label: 'Thème' },
      { key: 'members', label: 'Adhérents', numeric: true },
      { key: 'share', label: 'Part du total', numeric: true, kind: 'percent' },
      { key: 'year', label: 'Année du chiffre', numeric: true },
      { key: 'doubt', label: 'Réserve' },
    ],
    rows: [
      ...data.bars.map((bar) => ({
        key: bar.id,
        cells: [
          cell(bar.name),
          cell(themeLabel(bar.theme)),
          cell(formatInteger(bar.members), bar.members),
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
          cell(pole.doubt ?? '', pole.doubt),
        ],
      })),
    ],
  };
}
