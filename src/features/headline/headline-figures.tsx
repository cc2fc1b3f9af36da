import { useViewFilters } from '../../store/view-override';
import { useId, useMemo, type ReactNode } from 'react';
import { useRenderSettings } from '../../components/render-context';
import { formatInteger, formatMillionEuros } from '../../lib/format';
import { headline } from '../../selectors/headline';
import { citation, sourceIndex } from '../../selectors/sources';
import { useDashboard } from '../../store/store';

const PRIMARY = 'direccte-centre-2014-01-07';

interface FigureProps {
  readonly value: string;
  readonly label: ReactNode;
  readonly source: string;
  readonly note?: string;
}

/** One key figure; its source shows on hover and on keyboard focus, and is read out as its description. */
function KeyFigure({ value, label, source, note }: FigureProps) {
  const tipId = useId();
  return (
    // Focusable so that the keyboard reveals the source as the mouse does on hover (WCAG 1.4.13).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <li className="key-figure" tabIndex={0} aria-describedby={tipId}>
      <span className="key-value">{value}</span>
      <span className="key-label">{label}</span>
      {note === undefined ? null : <span className="key-note">{note}</span>}
      <span id={tipId} role="tooltip" className="key-source">
        Source : {source}
      </span>
    </li>
  );
}

export function HeadlineFigures() {
  const poles = useDashboard((s) => s.files.poles);
  const funding = useDashboard((s) => s.files.funding);
  const sources = useDashboard((s) => s.files.sources);
  const filters = useViewFilters();
  const figures = useMemo(
    () => (poles.rows === null ? null : headline(poles.rows, funding.rows, filters)),
    [poles.rows, funding.rows, filters],
  );
  const { slide } = useRenderSettings();
  const primary = sourceIndex(sources.rows).get(PRIMARY);
  const source = primary === undefined ? 'DIRECCTE Centre, 7 janvier 2014' : citation(primary);

  if (figures === null) {
    return (
      <ul className="key-figures" aria-busy="true" aria-label="Chiffres clés">
        {['pôles nationaux', 'pôles du Centre', 'adhérents', 'financement'].map((label) => (
          <li key={label} className="key-figure key-figure-loading">
            <span className="key-value">…</span>
            <span className="key-label">
              {poles.status === 'error' ? 'données indisponibles' : 'chargement'}
            </span>
          </li>
        ))}
      </ul>
    );
  }
  const f = figures;
  if (slide) {
    return (
      <section className="slide-card" aria-labelledby="slide-key-figures">
        <h2 id="slide-key-figures" className="slide-title">
          Les pôles de compétitivité en chiffres
        </h2>
        <ul className="key-figures key-figures-slide">
          <li className="key-figure">
            <span className="key-value">{formatInteger(f.filtered ? f.polesInView : f.polesTotal)}</span>
            <span className="key-label">
              {f.filtered
                ? `pôle${f.polesInView > 1 ? 's' : ''} sur ${formatInteger(f.polesTotal)} dans la sélection`
                : 'pôles de compétitivité nationaux'}
            </span>
          </li>
          <li className="key-figure">
            <span className="key-value">{formatInteger(f.filtered ? f.centreInView : f.centreTotal)}</span>
            <span className="key-label">
              {f.filtered
                ? `pôle${f.centreInView > 1 ? 's' : ''} du Centre sur ${f.centreTotal}`
                : 'pôles dont le siège est en région Centre'}
            </span>
          </li>
          <li className="key-figure">
            <span className="key-value">{formatInteger(f.centreMembers)}</span>
            <span className="key-label">
              adhérents des pôles du Centre{f.filtered ? ' de la sélection' : ''}
            </span>
          </li>
          <li className="key-figure">
            <span className="key-value">
              {f.funding === null
                ? '—'
                : `${f.funding.approximate ? 'près de ' : ''}${formatMillionEuros(f.funding.amount_eur)}`}
            </span>
            <span className="key-label">
              {f.funding === null
                ? 'financement indisponible'
                : `de l’État pour les pôles du Centre, ${f.funding.period_start}-${f.funding.period_end} (non ventilé par pôle)`}
            </span>
          </li>
        </ul>
        <p className="slide-source">Source : {source}.</p>
      </section>
    );
  }
  return (
    <ul className="key-figures" aria-label="Chiffres clés">
      <KeyFigure
        value={formatInteger(f.filtered ? f.polesInView : f.polesTotal)}
        label={
          f.filtered
            ? `pôle${f.polesInView > 1 ? 's' : ''} sur ${formatInteger(f.polesTotal)} dans la sélection`
            : 'pôles de compétitivité nationaux'
        }
        source={`${source} (« 71 pôles ont été sélectionnés au niveau national ») ; liste de référence des pôles`}
      />
      <KeyFigure
        value={formatInteger(f.filtered ? f.centreInView : f.centreTotal)}
        label={
          f.filtered
            ? `pôle${f.centreInView > 1 ? 's' : ''} du Centre sur ${f.centreTotal} dans la sélection`
            : 'pôles dont le siège est en région Centre'
        }
        source={source}
      />
      <KeyFigure
        value={formatInteger(f.centreMembers)}
        label={
          f.filtered ? `adhérents des pôles du Centre de la sélection` : 'adhérents des 4 pôles du Centre'
        }
        note="chiffres du communiqué de janvier 2014"
        source={source}
      />
      <KeyFigure
        value={
          f.funding === null
            ? '—'
            : `${f.funding.approximate ? 'près de ' : ''}${formatMillionEuros(f.funding.amount_eur)}`
        }
        label={
          f.funding === null
            ? 'financement indisponible'
            : `de l’État pour les pôles du Centre, ${f.funding.period_start}-${f.funding.period_end}`
        }
        note={
          f.filtered
            ? 'montant global : non ventilé par pôle, ne suit pas les filtres'
            : 'montant global, non ventilé par pôle'
        }
        source={`${source} (« à hauteur de près de 5 M€ sur 6 ans »)`}
      />
    </ul>
  );
}
