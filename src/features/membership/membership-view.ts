import { cell, type TableModel } from '../../components/table-model';
import type { HorizontalBar } from '../../components/charts/chart-spec';
import type { I18n } from '../../lib/i18n/i18n';
import type { Membership } from '../../selectors/membership';
import { qualifiedSum, qualifierLabel, unitLabel } from '../../selectors/member-count';
import type { MembersScope } from '../../model/view';

export function membershipTakeaway(data: Membership, scope: MembersScope, i18n: I18n): string {
  const { t, format } = i18n;
  const [first] = data.bars;
  if (first === undefined) {
    if (data.unknown.length > 0) return t('membership.takeaway.noneKnown');
    return scope === 'centre' ? t('membership.takeaway.emptyCentre') : t('membership.empty.all');
  }
  if (data.bars.length === 1)
    return first.count.unit === 'entreprises-et-etablissements'
      ? t('membership.takeaway.single', { name: first.name, members: first.count.label })
      : t('membership.takeaway.singleUnit', {
          name: first.name,
          members: first.count.number,
          unit:
            first.count.unit === 'non-precisee'
              ? t('membership.takeaway.unitUnknown')
              : unitLabel(first.count.unit, i18n),
        });
  const count = data.bars.length;
  if (first.share !== null) {
    const values = {
      name: first.name,
      share: format.percent(first.share),
      count,
      members: first.count.number,
      total: qualifiedSum(data.total, data.totalQualifier, i18n),
    };
    return scope === 'centre'
      ? t('membership.takeaway.shareCentre', values)
      : t('membership.takeaway.shareAll', values);
  }
  const year = first.year === null ? t('membership.takeaway.yearUnknown') : String(first.year);
  return t('membership.takeaway.mixed', { name: first.name, count, members: first.count.label, year });
}

export function memberValueLabel(
  bar: Membership['bars'][number],
  showYear: boolean,
  { t, format }: I18n,
): string {
  const parts = [bar.count.label];
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
  i18n: I18n,
): TableModel {
  const { t, format } = i18n;
  return {
    caption: t('membership.table.caption'),
    columns: [
      { key: 'name', label: t('membership.table.name') },
      { key: 'theme', label: t('membership.table.theme') },
      { key: 'members', label: t('membership.table.members'), numeric: true },
      { key: 'qualifier', label: t('membership.table.qualifier') },
      { key: 'unit', label: t('membership.table.unit') },
      { key: 'wording', label: t('membership.table.wording') },
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
          cell(bar.count.number, bar.members),
          cell(qualifierLabel(bar.count.qualifier, i18n), bar.count.qualifier),
          cell(unitLabel(bar.count.unit, i18n), bar.count.unit),
          cell(bar.count.wording ?? t('membership.table.noWording'), bar.count.wording),
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
export function sumCaveat(data: Membership, i18n: I18n): string | null {
  if (!data.comparable || data.bars.length < 2) return null;
  return i18n.t('membership.sumCaveat', {
    total: qualifiedSum(data.total, data.totalQualifier, i18n),
    count: data.bars.length,
  });
}
