import { cell, type TableModel } from '../../components/table-model';
import type { HorizontalBar } from '../../components/charts/chart-spec';
import type { I18n } from '../../lib/i18n/i18n';
import type { Membership } from '../../selectors/membership';
import type { MembersScope } from '../../model/view';

export function membershipTakeaway(data: Membership, scope: MembersScope, { t, format }: I18n): string {
  const [first] = data.bars;
  if (first === undefined) {
    if (data.unknown.length > 0) return t('membership.takeaway.noneKnown');
    return scope === 'centre' ? t('membership.takeaway.emptyCentre') : t('membership.empty.all');
  }
  const members = format.integer(first.members);
  if (data.bars.length === 1) return t('membership.takeaway.single', { name: first.name, members });
  const count = data.bars.length;
  if (first.share !== null) {
    const values = {
      name: first.name,
      share: format.percent(first.share),
      count,
      members,
      total: format.integer(data.total),
    };
    return scope === 'centre'
      ? t('membership.takeaway.shareCentre', values)
      : t('membership.takeaway.shareAll', values);
  }
  const year = first.year === null ? t('membership.takeaway.yearUnknown') : String(first.year);
  return t('membership.takeaway.mixed', { name: first.name, count, members, year });
}

export function memberValueLabel(
  bar: Membership['bars'][number],
  showYear: boolean,
  { t, format }: I18n,
): string {
  const parts = [format.integer(bar.members)];
  if (bar.share !== null) parts.push(`(${format.percent(bar.share)})`);
  if (showYear) parts.push(bar.year === null ? t('membership.value.yearUnknown') : `· ${bar.year}`);
  return parts.join(' ');
}

export function membershipBars(data: Membership, i18n: I18n): HorizontalBar[] {
  const showYear = !data.comparable;
  return data.bars.map((bar) => ({
    id: bar.id,
    label: bar.centre && !data.bars.every((b) => b.centre) ? `${bar.name} (Centre)` : bar.name,
    value: bar.members,
    valueLabel: memberValueLabel(bar, showYear, i18n),
    tone: bar.centre ? 'centre' : 'base',
  }));
}

export function membershipTable(
  data: Membership,
  themeLabel: (id: string) => string,
  { t, format }: I18n,
): TableModel {
  return {
    caption: t('membership.table.caption'),
    columns: [
      { key: 'name', label: t('membership.table.name') },
      { key: 'theme', label: t('membership.table.theme') },
      { key: 'members', label: t('membership.table.members'), numeric: true },
      { key: 'share', label: t('membership.table.share'), numeric: true, kind: 'percent' },
      { key: 'year', label: t('membership.table.year'), numeric: true },
      { key: 'doubt', label: t('membership.table.doubt') },
    ],
    rows: [
      ...data.bars.map((bar) => ({
        key: bar.id,
        cells: [
          cell(bar.name),
          cell(themeLabel(bar.theme)),
          cell(format.integer(bar.members), bar.members),
          cell(
            bar.share === null ? t('membership.table.notCumulative') : format.percent(bar.share),
            bar.share === null ? null : Number(bar.share.toFixed(4)),
          ),
          cell(bar.year === null ? t('membership.table.yearUnknown') : String(bar.year), bar.year),
          cell(bar.doubt ?? '', bar.doubt),
        ],
      })),
      ...data.unknown.map((pole) => ({
        key: pole.id,
        cells: [
          cell(pole.name),
          cell(themeLabel(pole.theme)),
          cell(t('membership.table.unknown'), null),
          cell('—', null),
          cell('—', null),
          cell(pole.doubt ?? '', pole.doubt),
        ],
      })),
    ],
  };
}
