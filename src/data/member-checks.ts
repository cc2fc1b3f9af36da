import { expectation } from './data-message';
import type { TypedTable } from './dataset';
import { DATA_FILES } from './files';
import type { DataIssue } from './issue';
import { wordingProblem } from './member-wording';
import type { Pole } from './schemas';

interface Problem {
  readonly column: string;
  readonly value: string | null;
  readonly expected: string;
}

/** What is wrong with a row's member count, its qualifier, unit and wording, taken together. */
function countProblem(row: Pole): Problem | null {
  const { members, members_qualifier: qualifier, members_unit: unit, members_wording: wording } = row;
  if (members === null) {
    if (qualifier !== null)
      return {
        column: 'members_qualifier',
        value: qualifier,
        expected: expectation('data.check.emptyWithoutMembers'),
      };
    if (unit !== null)
      return { column: 'members_unit', value: unit, expected: expectation('data.check.emptyWithoutMembers') };
    if (wording !== null)
      return {
        column: 'members_wording',
        value: wording,
        expected: expectation('data.check.emptyWithoutMembers'),
      };
    return null;
  }
  if (qualifier === null)
    return {
      column: 'members_qualifier',
      value: '',
      expected: expectation('data.members.qualifier'),
    };
  if (unit === null)
    return {
      column: 'members_unit',
      value: '',
      expected: expectation('data.members.unit'),
    };
  if (wording === null) {
    if (unit !== 'non-precisee')
      return {
        column: 'members_wording',
        value: '',
        expected: expectation('data.members.wording', { members, unit }),
      };
    if (qualifier !== 'aucun')
      return {
        column: 'members_qualifier',
        value: qualifier,
        expected: expectation('data.members.noQualifier'),
      };
    return null;
  }
  const problem = wordingProblem({
    members,
    members_qualifier: qualifier,
    members_unit: unit,
    members_wording: wording,
  });
  if (problem === null) return null;
  const value =
    problem.column === 'members'
      ? String(members)
      : problem.column === 'members_qualifier'
        ? qualifier
        : unit;
  return { ...problem, value };
}

/** The other possible region of a doubtful seat: both schemes or none, a known region, not the recorded one, and a doubt that says why. */
function doubtRegionProblem(
  row: Pole,
  regions2013: ReadonlySet<string> | null,
  regions2016: ReadonlySet<string> | null,
): Problem | null {
  const { doubt_region_2013: alt2013, doubt_region_2016: alt2016 } = row;
  if (alt2013 === null && alt2016 === null) return null;
  if (alt2013 === null || alt2016 === null)
    return {
      column: alt2013 === null ? 'doubt_region_2013' : 'doubt_region_2016',
      value: '',
      expected: expectation('data.doubt.bothRegions'),
    };
  if (row.doubt === null) return { column: 'doubt', value: '', expected: expectation('data.doubt.reason') };
  if (regions2013 !== null && (!regions2013.has(alt2013) || alt2013 === row.region_2013))
    return {
      column: 'doubt_region_2013',
      value: alt2013,
      expected: expectation('data.doubt.other2013'),
    };
  if (regions2016 !== null && !regions2016.has(alt2016))
    return {
      column: 'doubt_region_2016',
      value: alt2016,
      expected: expectation('data.doubt.region2016'),
    };
  return null;
}

/** Row-level checks of poles.csv that join several columns, or another file (regions, sources). */
export function poleRowChecks(
  table: TypedTable<Pole>,
  regions2013: ReadonlySet<string> | null,
  regions2016: ReadonlySet<string> | null,
  sources: ReadonlySet<string> | null,
): DataIssue[] {
  const issues: DataIssue[] = [];
  table.rows.forEach((row, index) => {
    const at = { file: DATA_FILES.poles.path, line: table.lines[index] ?? null };
    for (const problem of [countProblem(row), doubtRegionProblem(row, regions2013, regions2016)]) {
      if (problem !== null) issues.push({ ...at, ...problem });
    }
    for (const { column, sourceId } of row.fact_sources) {
      if (sources !== null && !sources.has(sourceId))
        issues.push({
          ...at,
          column: 'fact_sources',
          value: `${column}=${sourceId}`,
          expected: expectation('data.check.source'),
        });
    }
  });
  return issues;
}
