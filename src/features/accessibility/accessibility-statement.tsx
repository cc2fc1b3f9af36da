import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../components/i18n-context';
import { useDashboard } from '../../store/store';

// The day the statement was drawn up, written in the page's language.
const STATEMENT_DATE = '2026-11-26';

/** The déclaration d'accessibilité: what was tested, how, and what is known not to work. */
export function AccessibilityStatement() {
  const setPage = useDashboard((s) => s.setPage);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const i18n = useI18n();
  const { t, format } = i18n;
  // Bold lead-ins, and the French name of an institution marked as French for screen readers.
  const rich = (id: string): ReactNode =>
    i18n.rich(id, {
      strong: (chunks: ReactNode[]) => <strong key="s">{chunks}</strong>,
      fr: (chunks: ReactNode[]) => (
        <span key="f" lang="fr">
          {chunks}
        </span>
      ),
    });

  return (
    <main id="contenu" className="statement">
      <p>
        <a
          href="./"
          onClick={(event) => {
            event.preventDefault();
            setPage('dashboard');
          }}
        >
          {t('accessibility.back')}
        </a>
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('accessibility.title')}
      </h1>
      <p>{t('accessibility.intro')}</p>

      <h2>{t('accessibility.status.title')}</h2>
      <p>{rich('accessibility.status.text')}</p>

      <h2>{t('accessibility.checked.title')}</h2>
      <ul>
        <li>{rich('accessibility.checked.automatic')}</li>
        <li>{rich('accessibility.checked.keyboard')}</li>
        <li>{rich('accessibility.checked.charts')}</li>
        <li>{rich('accessibility.checked.contrast')}</li>
        <li>{rich('accessibility.checked.zoom')}</li>
      </ul>

      <h2>{t('accessibility.limits.title')}</h2>
      <ul>
        <li>{t('accessibility.limits.screenReaders')}</li>
        <li>{t('accessibility.limits.barClick')}</li>
        <li>{t('accessibility.limits.images')}</li>
      </ul>

      <h2>{t('accessibility.technologies.title')}</h2>
      <p>{t('accessibility.technologies.text')}</p>

      <h2>{t('accessibility.report.title')}</h2>
      <p>{rich('accessibility.report.text')}</p>
      <p className="statement-date">{t('accessibility.date', { date: format.isoDate(STATEMENT_DATE) })}</p>
    </main>
  );
}
