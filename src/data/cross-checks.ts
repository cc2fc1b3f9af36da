import { expectation, dataLabel } from './data-message';
import type { TypedTables } from './dataset';
import { departementChecks } from './departement-checks';
import { DATA_FILES } from './files';
import type { DataIssue } from './issue';
import { poleRowChecks } from './member-checks';
import { duplicateIds, idsOf, references } from './reference-checks';

function fundingTotals(table: NonNullable<TypedTables['funding']>): DataIssue[] {
  const path = DATA_FILES.funding.path;
  const totals = table.rows.filter((row) => row.status === 'annonce');
  if (totals.length !== 1) {
    return [
      {
        file: path,
        line: null,
        column: 'status',
        value: dataLabel('data.funding.totals', { count: totals.length }),
        expected: expectation('data.funding.oneTotal'),
      },
    ];
  }
  const [total] = totals;
  if (total === undefined) return [];
  const issues: DataIssue[] = [];
  const years = new Set<number>();
  let sum = 0;
  table.rows.forEach((row, index) => {
    if (row.status !== 'estimation') return;
    const line = table.lines[index] ?? null;
    if (
      row.period_start !== row.period_end ||
      row.period_start < total.period_start ||
      row.period_end > total.period_end
    ) {
      issues.push({
        file: path,
        line,
        column: 'period_start',
        value: `${row.period_start}-${row.period_end}`,
        expected: expectation('data.funding.yearWithin', {
          start: total.period_start,
          end: total.period_end,
        }),
      });
    } else if (years.has(row.period_start)) {
      issues.push({
        file: path,
        line,
        column: 'period_start',
        value: String(row.period_start),
        expected: expectation('data.funding.onePerYear'),
      });
    }
    years.add(row.period_start);
    sum += row.amount_eur;
  });
  if (years.size > 0 && sum !== total.amount_eur) {
    issues.push({
      file: path,
      line: null,
      column: 'amount_eur',
      value: dataLabel('data.funding.sum', { sum }),
      expected: expectation('data.funding.sumExpected', { total: total.amount_eur }),
    });
  }
  return issues;
}

/** Checks across files: unique ids, every theme / region / source / pole reference resolved, funding sums to its total, departments grouped into known regions. */
export function crossCheck(tables: TypedTables): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const file of ['poles', 'themes', 'regions', 'sources', 'funding', 'milestones'] as const) {
    const table = tables[file];
    if (table !== undefined) issues.push(...duplicateIds(file, table));
  }
  const themes = idsOf(tables.themes);
  const regions2013 =
    tables.regions === undefined
      ? null
      : new Set(tables.regions.rows.filter((r) => r.in_2013).map((r) => r.id));
  const regions2016 =
    tables.regions === undefined
      ? null
      : new Set(tables.regions.rows.filter((r) => r.in_2016).map((r) => r.id));
  const sources = idsOf(tables.sources);
  const poles = idsOf(tables.poles);
  const sourceExpected = expectation('data.check.source');
  const { poles: poleTable, funding, milestones } = tables;
  if (poleTable !== undefined) {
    if (themes)
      issues.push(
        ...references('poles', poleTable, 'theme', (r) => r.theme, themes, expectation('data.check.theme')),
      );
    if (regions2013)
      issues.push(
        ...references(
          'poles',
          poleTable,
          'region_2013',
          (r) => r.region_2013,
          regions2013,
          expectation('data.check.region2013'),
        ),
      );
    if (regions2016)
      issues.push(
        ...references(
          'poles',
          poleTable,
          'region_2016',
          (r) => r.region_2016,
          regions2016,
          expectation('data.check.region2016'),
        ),
      );
    if (sources)
      issues.push(
        ...references('poles', poleTable, 'source_id', (r) => r.source_id, sources, sourceExpected),
      );
    issues.push(...poleRowChecks(poleTable, regions2013, regions2016, sources));
    poleTable.rows.forEach((row, index) => {
      if (row.members === null && row.members_year !== null) {
        issues.push({
          file: DATA_FILES.poles.path,
          line: poleTable.lines[index] ?? null,
          column: 'members_year',
          value: String(row.members_year),
          expected: expectation('data.check.emptyWithoutMembers'),
        });
      }
    });
  }
  if (funding !== undefined) {
    if (sources)
      issues.push(
        ...references('funding', funding, 'source_id', (r) => r.source_id, sources, sourceExpected),
      );
    issues.push(...fundingTotals(funding));
  }
  if (milestones !== undefined) {
    if (sources)
      issues.push(
        ...references('milestones', milestones, 'source_id', (r) => r.source_id, sources, sourceExpected),
      );
    if (poles)
      issues.push(
        ...references(
          'milestones',
          milestones,
          'pole_id',
          (r) => r.pole_id,
          poles,
          expectation('data.check.pole'),
        ),
      );
  }
  if (tables.departements !== undefined) {
    issues.push(...departementChecks(tables.departements, regions2013, regions2016));
  }
  return issues;
}
