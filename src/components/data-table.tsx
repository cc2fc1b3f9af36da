import { useMemo, useState, type ReactNode } from 'react';
import { useI18n } from './i18n-context';
import type { TableModel } from './table-model';
import { TablePager } from './table-pager';

/** Past this many rows a table shows them a page at a time: 100,000 rows in the DOM would freeze the page. */
export const PAGED_FROM = 200;
export const PAGE_SIZE = 50;

/** A leading column of controls (e.g. "Comparer"), not part of the data nor of its CSV. */
export interface RowControl {
  readonly label: string;
  readonly render: (rowKey: string) => ReactNode;
}

interface DataTableProps {
  readonly table: TableModel;
  readonly sortable?: boolean;
  readonly rowControl?: RowControl;
}

type Sort = { readonly column: number; readonly direction: 'ascending' | 'descending' } | null;

const compareRaw = (a: string | number | null, b: string | number | null): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'fr', { sensitivity: 'base', numeric: true });
};

/** A real table with caption and scoped headers; sortable columns are buttons that announce their order. */
export function DataTable({ table, sortable = false, rowControl }: DataTableProps) {
  const { t } = useI18n();
  const [sort, setSort] = useState<Sort>(null);
  const [page, setPage] = useState(0);
  const rows = useMemo(() => {
    if (sort === null) return table.rows;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...table.rows].sort((a, b) => {
      const left = a.cells[sort.column]?.raw ?? null;
      const right = b.cells[sort.column]?.raw ?? null;
      if (left === null || right === null) return compareRaw(left, right);
      return sign * compareRaw(left, right);
    });
  }, [table.rows, sort]);

  const paged = rows.length > PAGED_FROM;
  const pages = paged ? Math.ceil(rows.length / PAGE_SIZE) : 1;
  const shownPage = Math.min(page, pages - 1);
  const shown = paged ? rows.slice(shownPage * PAGE_SIZE, (shownPage + 1) * PAGE_SIZE) : rows;

  const toggle = (column: number) =>
    setSort((current) =>
      current?.column === column && current.direction === 'ascending'
        ? { column, direction: 'descending' }
        : { column, direction: 'ascending' },
    );

  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('table.region', { caption: table.caption })}
    >
      <table className="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {rowControl === undefined ? null : <th scope="col">{rowControl.label}</th>}
            {table.columns.map((column, index) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'numeric' : undefined}
                aria-sort={sortable ? (sort?.column === index ? sort.direction : 'none') : undefined}
              >
                {sortable ? (
                  <button type="button" className="sort-button" onClick={() => toggle(index)}>
                    {column.label}
                    <span aria-hidden="true" className="sort-icon">
                      {sort?.column === index ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                ) : column.href === undefined ? (
                  column.label
                ) : (
                  <a href={column.href}>{column.label}</a>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.key}>
              {rowControl === undefined ? null : (
                <td className="row-control">{rowControl.render(row.key)}</td>
              )}
              {row.cells.map((c, index) => {
                const column = table.columns[index];
                const content = c.href === undefined ? c.display : <a href={c.href}>{c.display}</a>;
                return index === 0 ? (
                  <th key={column?.key ?? index} scope="row" lang={c.lang}>
                    {content}
                  </th>
                ) : (
                  <td
                    key={column?.key ?? index}
                    className={column?.numeric ? 'numeric' : undefined}
                    lang={c.lang}
                  >
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {paged ? (
        <TablePager
          page={shownPage}
          pages={pages}
          total={rows.length}
          pageSize={PAGE_SIZE}
          caption={table.caption}
          onPage={setPage}
        />
      ) : null}
    </div>
  );
}
