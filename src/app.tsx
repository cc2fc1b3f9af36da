import { CardErrorBoundary } from './components/error-boundary';
import { DataStatus } from './features/data-status/data-status';
import { FilterPanel } from './features/filters/filter-panel';
import { FundingCard } from './features/funding/funding-card';
import { HeadlineFigures } from './features/headline/headline-figures';
import { MembershipCard } from './features/membership/membership-card';
import { CountsCard } from './features/national-counts/counts-card';
import { PolesListCard } from './features/poles-list/poles-list-card';
import { TimelineCard } from './features/timeline/timeline-card';

export function App() {
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="page-header">
        <div className="page-title">
          <h1>Pôles de compétitivité : tableau de bord</h1>
          <p className="subtitle">
            Les 4 pôles du Centre, le financement de l’État 2013-2018 et les 71 pôles nationaux. Données :
            communiqué de la DIRECCTE Centre du 7 janvier 2014 et liste de référence des pôles (état
            2012-2013).
          </p>
        </div>
        <DataStatus />
      </header>
      <div className="filter-bar">
        <FilterPanel />
      </div>
      <main id="contenu" tabIndex={-1}>
        <HeadlineFigures />
        <section className="section" aria-labelledby="section-centre">
          <h2 id="section-centre">Les pôles du Centre</h2>
          <div className="grid">
            <CardErrorBoundary title="Adhérents des pôles">
              <MembershipCard />
            </CardErrorBoundary>
            <CardErrorBoundary title="Financement de l’État">
              <FundingCard />
            </CardErrorBoundary>
          </div>
        </section>
        <section className="section" aria-labelledby="section-national">
          <h2 id="section-national">Les 71 pôles nationaux</h2>
          <div className="grid">
            <CardErrorBoundary title="Pôles par thème">
              <CountsCard dimension="themes" />
            </CardErrorBoundary>
            <CardErrorBoundary title="Pôles par région">
              <CountsCard dimension="regions" />
            </CardErrorBoundary>
            <CardErrorBoundary title="Liste des pôles">
              <PolesListCard />
            </CardErrorBoundary>
          </div>
        </section>
        <section className="section" aria-labelledby="section-timeline">
          <h2 id="section-timeline">Chronologie</h2>
          <CardErrorBoundary title="Chronologie">
            <TimelineCard />
          </CardErrorBoundary>
        </section>
      </main>
      <footer className="page-footer">
        <p>
          Sources citées sous chaque graphique ; fichiers de données dans <code>data/</code> (voir
          data/README.md). Une estimation est toujours signalée comme telle. Les effectifs d’adhérents datent
          d’années différentes et ne s’additionnent pas d’un pôle à l’autre, sauf pour les 4 pôles du Centre,
          tous issus du même communiqué.
        </p>
      </footer>
    </>
  );
}
