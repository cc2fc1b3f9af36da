import type { ReactNode } from 'react';
import type { Readiness } from '../selectors/readiness';
import { FileErrorPanel } from './file-error-panel';

interface Props {
  readonly title: string;
  readonly readiness: Readiness;
  /** Height reserved while loading, so the page does not jump. */
  readonly reservedHeight: number;
  readonly children: () => ReactNode;
}

/** Loading placeholder, error panel, or the card itself; a failed reload shows the error above the data kept from before. */
export function CardShell({ title, readiness, reservedHeight, children }: Props) {
  if (readiness.status === 'loading') {
    return (
      <section
        className="card card-loading"
        aria-label={title}
        aria-busy="true"
        style={{ minHeight: reservedHeight }}
      >
        <h3>{title}</h3>
        <p>Chargement des données…</p>
      </section>
    );
  }
  if (readiness.status === 'error') {
    return (
      <section className="card card-error" aria-label={title}>
        <h3>{title}</h3>
        <FileErrorPanel issues={readiness.issues} what={`Impossible d’afficher « ${title} »`} />
      </section>
    );
  }
  return (
    <>
      {readiness.issues.length > 0 ? (
        <FileErrorPanel
          issues={readiness.issues}
          what={`Mise à jour impossible, les données précédentes de « ${title} » restent affichées`}
        />
      ) : null}
      {children()}
    </>
  );
}
