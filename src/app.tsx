import { useMemo, type ReactNode } from 'react';
import { CardErrorBoundary } from './components/error-boundary';
import { DASHBOARD_RENDER, RenderContext } from './components/render-context';
import { AccessibilityStatement } from './features/accessibility/accessibility-statement';
import { ComparisonCard } from './features/comparison/comparison-card';
import { DataStatus } from './features/data-status/data-status';
import { FilterPanel } from './features/filters/filter-panel';
import { FundingCard } from './features/funding/funding-card';
import { HeadlineFigures } from './features/headline/headline-figures';
import { MembershipCard } from './features/membership/membership-card';
import { CountsCard } from './features/national-counts/counts-card';
import { PolesListCard } from './features/poles-list/poles-list-card';
import { PresentControls } from './features/presentation/present-controls';
import { PresentationView } from './features/presentation/presentation';
import type { DeckSpec, Decks } from './features/presentation/slides';
import { ThemeSwitch } from './features/theme/theme-switch';
import { TimelineCard } from './features/timeline/timeline-card';
import { filtersCaption } from './selectors/filters-caption';
import { labelIndex } from './selectors/labels';
import { useDashboard } from './store/store';

const guarded = (title: string, view: ReactNode) => (
  <CardErrorBoundary key={title} title={title}>
    {view}
  </CardErrorBoundary>
);

const SLIDES = {
  headline: { id: 'chiffres', render: () => guarded('Chiffres clés', <HeadlineFigures />) },
  membership: { id: 'adherents', render: () => guarded('Adhérents des pôles', <MembershipCard />) },
  funding: { id: 'financement', render: () => guarded('Financement de l’État', <FundingCard />) },
  themes: { id: 'themes', render: () => guarded('Pôles par thème', <CountsCard dimension="themes" />) },
  regions: { id: 'regions', render: () => guarded('Pôles par région', <CountsCard dimension="regions" />) },
  timeline: { id: 'chronologie', render: () => guarded('Chronologie', <TimelineCard />) },
  timeline1: {
    id: 'chronologie-1',
    render: () => guarded('Chronologie (1/2)', <TimelineCard part={[1, 2]} />),
  },
  timeline2: {
    id: 'chronologie-2',
    render: () => guarded('Chronologie (2/2)', <TimelineCard part={[2, 2]} />),
  },
} as const;

const DECKS: Decks = {
  courant: {
    label: 'Vue actuelle (filtres en cours)',
    override: null,
    slides: [
      SLIDES.headline,
      SLIDES.membership,
      SLIDES.funding,
      SLIDES.themes,
      SLIDES.regions,
      SLIDES.timeline1,
      SLIDES.timeline2,
    ],
  },
  centre: {
    label: 'Les pôles du Centre',
    override: { filters: { themes: [], regions: ['centre'] }, membersScope: 'centre' },
    slides: [SLIDES.headline, SLIDES.membership, SLIDES.funding, SLIDES.timeline1, SLIDES.timeline2],
  },
  national: {
    label: 'Les 71 pôles nationaux',
    override: { filters: { themes: [], regions: [] }, membersScope: 'centre' },
    slides: [SLIDES.headline, SLIDES.themes, SLIDES.regions, SLIDES.timeline1, SLIDES.timeline2],
  },
};

function Dashboard() {
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
        <div className="page-tools">
          <PresentControls decks={DECKS} />
          <ThemeSwitch />
          <DataStatus />
        </div>
      </header>
      <section className="filter-bar" aria-label="Filtres">
        <FilterPanel />
      </section>
      <main id="contenu" tabIndex={-1}>
        <HeadlineFigures />
        <section className="section" aria-labelledby="section-centre">
          <h2 id="section-centre">Les pôles du Centre</h2>
          <div className="grid">
            {SLIDES.membership.render()}
            {SLIDES.funding.render()}
          </div>
        </section>
        <section className="section" aria-labelledby="section-national">
          <h2 id="section-national">Les 71 pôles nationaux</h2>
          <div className="grid">
            {SLIDES.themes.render()}
            {SLIDES.regions.render()}
            {guarded('Comparaison côte à côte', <ComparisonCard />)}
            {guarded('Liste des pôles', <PolesListCard />)}
          </div>
        </section>
        <section className="section" aria-labelledby="section-timeline">
          <h2 id="section-timeline">Chronologie</h2>
          {SLIDES.timeline.render()}
        </section>
      </main>
    </>
  );
}

export function App() {
  const page = useDashboard((s) => s.page);
  const setPage = useDashboard((s) => s.setPage);
  const presenting = useDashboard((s) => s.presentation !== null);
  const theme = useDashboard((s) => s.resolvedTheme);
  const filters = useDashboard((s) => s.filters);
  const themes = useDashboard((s) => s.files.themes.rows);
  const regions = useDashboard((s) => s.files.regions.rows);

  const labels = useMemo(
    () => ({ theme: labelIndex(themes), region: labelIndex(regions) }),
    [themes, regions],
  );
  const settings = useMemo(
    () => ({
      ...DASHBOARD_RENDER,
      theme,
      filtersCaption: filtersCaption(filters, labels.theme, labels.region),
    }),
    [theme, filters, labels],
  );
  const captionFor = useMemo(
    () => (deck: DeckSpec) => filtersCaption(deck.override?.filters ?? filters, labels.theme, labels.region),
    [filters, labels],
  );

  return (
    <RenderContext.Provider value={settings}>
      <div className="app" inert={presenting}>
        <p className="print-header">
          Pôles de compétitivité : tableau de bord. {settings.filtersCaption}. Données : communiqué de la
          DIRECCTE Centre du 7 janvier 2014 et liste de référence des 71 pôles (état 2012-2013).
        </p>
        {page === 'accessibilite' ? <AccessibilityStatement /> : <Dashboard />}
        <footer className="page-footer">
          <p>
            Sources citées sous chaque graphique ; fichiers de données dans <code>data/</code> (voir
            data/README.md). Une estimation est toujours signalée comme telle. Les effectifs d’adhérents
            datent d’années différentes et ne s’additionnent pas d’un pôle à l’autre, sauf pour les 4 pôles du
            Centre, tous issus du même communiqué.
          </p>
          <p>
            <a
              href="?page=accessibilite"
              onClick={(event) => {
                event.preventDefault();
                setPage('accessibilite');
              }}
            >
              Accessibilité : non conforme
            </a>{' '}
            (déclaration d’accessibilité)
          </p>
        </footer>
      </div>
      {presenting ? <PresentationView decks={DECKS} captionFor={captionFor} /> : null}
    </RenderContext.Provider>
  );
}
