import { useId, useMemo } from 'react';
import type { FileStates } from '../../data/dataset';
import { useI18n } from '../../components/i18n-context';
import type { CardView } from '../../model/view';
import { headline } from '../../selectors/headline';
import { citation, PRIMARY_SOURCE, sourceIndex } from '../../selectors/sources';
import { keyFigures } from './key-figures';

// A value longer than « près de 5 M€ » (« nearly €5 million ») gets a smaller size, so that it stays on its card.
const valueClass = (value: string) => (value.length > 14 ? 'key-value key-value-long' : 'key-value');

interface FigureProps {
  readonly value: string;
  readonly label: string;
  readonly source: string;
  readonly note?: string;
}

/** One key figure; its source shows on hover and on keyboard focus, and is read out as its description. */
function KeyFigure({ value, label, source, note }: FigureProps) {
  const { t } = useI18n();
  const tipId = useId();
  return (
    // Focusable so that the keyboard reveals the source as the mouse does on hover (WCAG 1.4.13).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <li className="key-figure" tabIndex={0} aria-describedby={tipId}>
      <span className={valueClass(value)}>{value}</span>
      <span className="key-label">{label}</span>
      {note === undefined ? null : <span className="key-note">{note}</span>}
      <span id={tipId} role="tooltip" className="key-source">
        {t('headline.source', { source })}
      </span>
    </li>
  );
}

interface Props {
  readonly files: FileStates;
  readonly view: CardView;
  /** Drawn as a slide, in large type, rather than as the band at the top of the dashboard. */
  readonly slide?: boolean;
}

/** The four key figures of the press release, following the filters, each with its source. */
export function HeadlineFigures({ files, view, slide = false }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { poles, funding, sources } = files;
  const figures = useMemo(
    () => (poles.rows === null ? null : headline(poles.rows, funding.rows, view)),
    [poles.rows, funding.rows, view],
  );
  const primary = sourceIndex(sources.rows).get(PRIMARY_SOURCE);
  const source = primary === undefined ? t('labels.source.primaryShort') : citation(primary, i18n);

  if (figures === null) {
    return (
      <ul className="key-figures" aria-busy="true" aria-label={t('headline.label')}>
        {['poles', 'centre', 'members', 'funding'].map((label) => (
          <li key={label} className="key-figure key-figure-loading">
            <span className="key-value">…</span>
            <span className="key-label">
              {poles.status === 'error' ? t('headline.unavailable') : t('headline.loading')}
            </span>
          </li>
        ))}
      </ul>
    );
  }
  const items = keyFigures(figures, source, i18n);
  if (slide) {
    return (
      <section className="slide-card" aria-labelledby="slide-key-figures">
        <h2 id="slide-key-figures" className="slide-title">
          {t('headline.slideTitle')}
        </h2>
        <ul className="key-figures key-figures-slide">
          {items.map((item) => (
            <li key={item.id} className="key-figure">
              <span className={valueClass(item.value)}>{item.value}</span>
              <span className="key-label">{item.label}</span>
              {item.note === undefined ? null : <span className="key-note">{item.note}</span>}
            </li>
          ))}
        </ul>
        <p className="slide-source">{t('headline.slideSource', { source })}</p>
      </section>
    );
  }
  return (
    <ul className="key-figures" aria-label={t('headline.label')}>
      {items.map((item) => (
        <KeyFigure
          key={item.id}
          value={item.value}
          label={item.label}
          note={item.note}
          source={item.source}
        />
      ))}
    </ul>
  );
}
