import { useI18n } from './i18n-context';

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
  const { t } = useI18n();
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return (
    <nav className="table-pager" aria-label={t('table.pager.label', { caption })}>
      <button type="button" onClick={() => onPage(0)} disabled={page === 0}>
        {t('table.pager.first')}
      </button>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        {t('table.pager.previous')}
      </button>
      <p aria-live="polite">{t('table.pager.position', { first, last, total, page: page + 1, pages })}</p>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages - 1}>
        {t('table.pager.next')}
      </button>
      <button type="button" onClick={() => onPage(pages - 1)} disabled={page >= pages - 1}>
        {t('table.pager.last')}
      </button>
    </nav>
  );
}
