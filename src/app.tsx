import { Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { CardSlot } from './components/card/card-slot';
import { dashboardFrame, embedFrame, type EmbedCodes } from './components/card/card-frame';
import { HeadlineFigures } from './features/headline/headline-figures';
import { KEY_FIGURES, type SlideRef } from './features/presentation/deck';
import { DECKS } from './features/presentation/decks';
import type { RenderSlide } from './features/presentation/presentation';
import { useProfileLinks } from './features/profile/use-profile-links';
import { PoleSearch } from './features/search/pole-search';
import type { CardView } from './model/view';
import { filtersCaption } from './selectors/filters-caption';
import { facetLabels } from './selectors/facets';
import { iframeCode } from './lib/embed-code';
import { dashboardAddress, embedAddress, pageBase } from './store/embed-address';
import { useDashboard } from './store/store';
import { CARDS } from './cards';
import { Dashboard } from './dashboard';
import { EmbedPage } from './embed-page';
import {
  LazyAccessibilityStatement,
  LazyPresentationView,
  LazyPresenterView,
  LazyProfileDialog,
} from './lazy-views';
import { slideFacts, slideTitle } from './slide-facts';

const now = () => Date.now();

/** The list of poles, where « Voir la liste des pôles » takes the reader from a profile. */
const poleList = () => document.querySelector<HTMLElement>('.card-list .table-scroll');

export function App() {
  const page = useDashboard((s) => s.page);
  const setPage = useDashboard((s) => s.setPage);
  const presenting = useDashboard((s) => s.presentation !== null);
  const presenterWindow = useDashboard((s) => s.presentation?.presenter === true);
  const theme = useDashboard((s) => s.resolvedTheme);
  const files = useDashboard((s) => s.files);
  const view = useDashboard((s) => s.view);
  const act = useDashboard((s) => s.act);
  const profile = useDashboard((s) => s.profile);
  const setProfile = useDashboard((s) => s.setProfile);
  const closeProfile = useCallback(() => setProfile(null), [setProfile]);
  const onLinkClick = useProfileLinks(setProfile);
  const profileOpen = profile !== null && !presenting;
  const [profileShown, setProfileShown] = useState(false);

  // After an import the cards draw the new rows in a render React can interrupt, card by card, not in one long task.
  const shownFiles = useDeferredValue(files);
  // The caption goes into every card's frame: read from the rows the cards show, so that it changes with them.
  const captionFor = useMemo(() => {
    const label = facetLabels({
      poles: shownFiles.poles.rows ?? [],
      themes: shownFiles.themes.rows ?? [],
      regions: shownFiles.regions.rows ?? [],
    });
    return (shown: CardView) => filtersCaption(shown.filters, label, shown.regionScheme);
  }, [shownFiles.poles.rows, shownFiles.themes.rows, shownFiles.regions.rows]);
  const embed = useDashboard((s) => s.embed);
  // Follows the imported rows (shownFiles): changed at once, it would redraw every card on the old rows, in one
  // long task, before the new ones.
  const imported = useDeferredValue(useDashboard((s) => s.imported !== null));
  // The filter bar follows the store at once; the cards follow this deferred view, so a tick paints before they redraw.
  const shown = useDeferredValue(view);
  // The caption and the embed codes read the view when asked for (an export, the « Intégrer » dialog): the frame
  // stays the same object while the filters change, so a tick does not redraw every card.
  const frame = useMemo(() => {
    const current = () => useDashboard.getState().view;
    const codes = (id: string, title: string): EmbedCodes => {
      const link = embedAddress(pageBase(window.location.href), current(), id);
      return { link, iframe: iframeCode(link, `${title} – Pôles de compétitivité`, window.location.origin) };
    };
    return dashboardFrame(theme, () => captionFor(current()), codes, imported);
  }, [theme, captionFor, imported]);

  const renderSlide: RenderSlide = useCallback(
    (slide, shown, slideFrame, onAction) => {
      if (slide.card === KEY_FIGURES) return <HeadlineFigures files={files} view={shown} slide />;
      const definition = CARDS.get(slide.card);
      if (definition === undefined) return <p>Diapositive inconnue : {slide.card}</p>;
      return (
        <CardSlot
          key={`${slide.card}-${slide.part?.join('-') ?? ''}`}
          definition={definition}
          files={files}
          view={shown}
          options={slide.part === undefined ? undefined : { part: slide.part }}
          frame={slideFrame}
          onAction={onAction}
        />
      );
    },
    [files],
  );
  const factsOf = useCallback((slide: SlideRef, shown: CardView) => slideFacts(files, slide, shown), [files]);

  if (presenterWindow) {
    return (
      <Suspense fallback={<p className="presenter-loading">Chargement de la vue présentateur…</p>}>
        <LazyPresenterView
          decks={DECKS}
          readerView={view}
          captionFor={captionFor}
          renderSlide={renderSlide}
          titleOf={slideTitle}
          factsOf={factsOf}
          now={now}
        />
      </Suspense>
    );
  }

  if (embed !== null)
    return (
      <EmbedPage
        id={embed}
        files={files}
        view={view}
        frame={embedFrame(theme, frame.filtersCaption)}
        dashboardHref={dashboardAddress(pageBase(window.location.href), view)}
      />
    );

  return (
    <>
      {/* Clicks on links to a profile open it in place; the keyboard reaches them as links. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div
        className={profileOpen ? 'app behind-profile' : 'app'}
        inert={presenting || (profileOpen && profileShown)}
        onClick={onLinkClick}
      >
        <p className="print-header">
          Pôles de compétitivité : tableau de bord. {captionFor(shown)}. Données : communiqué de la DIRECCTE
          Centre du 7 janvier 2014 et liste de référence des 71 pôles (état 2012-2013).
        </p>
        {page === 'accessibilite' ? (
          <Suspense fallback={<p role="status">Chargement de la page…</p>}>
            <LazyAccessibilityStatement />
          </Suspense>
        ) : (
          <Dashboard files={shownFiles} view={shown} frame={frame} onAction={act} />
        )}
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
      {profile !== null && !presenting ? (
        <Suspense fallback={null}>
          <LazyProfileDialog
            files={files}
            id={profile}
            view={view}
            onAction={act}
            onOpen={setProfile}
            onClose={closeProfile}
            listTarget={poleList}
            search={<PoleSearch />}
            onShown={setProfileShown}
          />
        </Suspense>
      ) : null}
      {presenting ? (
        <Suspense fallback={<p role="status">Chargement de la présentation…</p>}>
          <LazyPresentationView
            decks={DECKS}
            readerView={view}
            onReaderAction={act}
            captionFor={captionFor}
            renderSlide={renderSlide}
          />
        </Suspense>
      ) : null}
    </>
  );
}
