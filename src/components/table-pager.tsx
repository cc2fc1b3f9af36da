interface Props {
  readonly page: number;
  readonly pages: number;
  readonly total: number;
  readonly pageSize: number;
  readonly caption: string;
  readonly onPage: (page: number) => void;
}

/** Page navigation under a long table: previous, next and where the reader is, announced politely. */
export function TablePager({ page, pages, total, pageSize, caption, onPage }: Props) {
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  const format = (value: number) => new Intl.NumberFormat('fr-FR').format(value);
  return (
    <nav className="table-pager" aria-label={`Pages du tableau\u202f: ${caption}`}>
      <button type="button" onClick={() => onPage(0)} disabled={page === 0}>
        Première page
      </button>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        Page précédente
      </button>
      <p aria-live="polite">
        Lignes {format(first)} à {format(last)} sur {format(total)} (page {format(page + 1)} sur{' '}
        {format(pages)})
      </p>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages - 1}>
        Page suivante
      </button>
      <button type="button" onClick={() => onPage(pages - 1)} disabled={page >= pages - 1}>
        Dernière page
      </button>
    </nav>
  );
}
