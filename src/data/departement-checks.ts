import { expectation } from './data-message';
import type { TypedTable } from './dataset';
import { DATA_FILES } from './files';
import type { DataIssue } from './issue';
import { references } from './reference-checks';
import type { Departement } from './schemas';

// 20 is no longer a code: Corsica has been 2A and 2B since 1976.
const CODE = /^(0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2A|2B|97[1-6])$/;

/** Department codes are INSEE codes, once each; each department belongs to a 2013 and a 2016 region of regions.csv. */
export function departementChecks(
  table: TypedTable<Departement>,
  regions2013: ReadonlySet<string> | null,
  regions2016: ReadonlySet<string> | null,
): DataIssue[] {
  const path = DATA_FILES.departements.path;
  const issues: DataIssue[] = [];
  const seen = new Map<string, number | null>();
  table.rows.forEach((row, index) => {
    const line = table.lines[index] ?? null;
    if (!CODE.test(row.code)) {
      issues.push({
        file: path,
        line,
        column: 'code',
        value: row.code,
        expected: expectation('data.departement.code'),
      });
    } else if (seen.has(row.code)) {
      issues.push({
        file: path,
        line,
        column: 'code',
        value: row.code,
        expected: expectation('data.departement.unique', { line: seen.get(row.code) ?? '?' }),
      });
    }
    seen.set(row.code, line);
  });
  if (regions2013)
    issues.push(
      ...references(
        'departements',
        table,
        'region_2013',
        (r) => r.region_2013,
        regions2013,
        expectation('data.check.region2013'),
      ),
    );
  if (regions2016)
    issues.push(
      ...references(
        'departements',
        table,
        'region_2016',
        (r) => r.region_2016,
        regions2016,
        expectation('data.check.region2016'),
      ),
    );
  return issues;
}
