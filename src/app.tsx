import { Suspense, useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { CardSlot } from './components/card/card-slot';
import { useI18n } from './components/i18n-context';
import { dashboardFrame, embedFrame, type EmbedCodes } from './components/card/card-frame';
import { HeadlineFigures } from './features/headline/headline-figures';
import { KEY_FIGURES, type SlideRef } from './features/presentation/deck';
import { decksIn } from './features/presentation/decks';
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
import {
  LazyAccessibilityStatement,
  LazyEmbedPage,
  LazyPresentationView,
  LazyPresenterView,
  LazyProfileDialog,
} from './lazy-views';
import { slideFacts, slideTitle } from './slide-facts';

const now = () => Date.now();

/** The list of poles, where « Voir la liste des pôles » takes the reader from a profile. */
const poleList = () => document.querySelector<HTMLElement>('.card-list .table-scroll');

export function App() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const decks = useMemo(() => decksIn(i18n), [i18n]);
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
    const label = facetLabels(
      {
        poles: shownFiles.poles.rows ?? [],
        themes: shownFiles.themes.rows ?? [],
        regions: shownFiles.regions.rows ?? [],
      },
      i18n,
    );
    return (shown: CardView) => filtersCaption(shown.filters, label, shown.regionScheme, i18n);
  }, [shownFiles.poles.rows, shownFiles.themes.rows, shownFiles.regions.rows, i18n]);
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
      const link = embedAddress(pageBase(window.location.href), current(), id, lang);
      return {
        link,
        iframe: iframeCode(link, t('app.embed.documentTitle', { title }), window.location.origin),
      };
    };
    return dashboardFrame(theme, () => captionFor(current()), codes, imported);
  }, [theme, captionFor, imported, t, lang]);

  const renderSlide: RenderSlide = useCallback(
    (slide, shown, slideFrame, onAction) => {
      if (slide.card === KEY_FIGURES) return <HeadlineFigures files={files} view={shown} slide />;
      const definition = CARDS.get(slide.card);
      if (definition === undefined) return <p>{t('app.slides.unknown', { id: slide.card })}</p>;
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
    [files, t],
  );
  const factsOf = useCallback(
    (slide: SlideRef, shown: CardView) => slideFacts(files, slide, shown, i18n),
    [files, i18n],
  );
  const titleOf = useCallback((slide: SlideRef, shown: CardView) => slideTitle(slide, shown, i18n), [i18n]);

  if (presenterWindow) {
    return (
      <Suspense fallback={<p className="presenter-loading">{t('app.loading.presenter')}</p>}>
        <LazyPresenterView
          decks={decks}
          readerView={view}
          captionFor={captionFor}
          renderSlide={renderSlide}
          titleOf={titleOf}
          factsOf={factsOf}
          now={now}
        />
      </Suspense>
    );
  }

  if (embed !== null)
    return (
      <Suspense
        fallback={
          <div className="embed">
            <main id="contenu" className="embed-main" aria-busy="true" />
          </div>
        }
      >
        <LazyEmbedPage
          id={embed}
          files={files}
          view={view}
          frame={embedFrame(theme, frame.filtersCaption)}
          dashboardHref={dashboardAddress(pageBase(window.location.href), view, lang)}
        />
      </Suspense>
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
        <p className="print-header">{t('app.printHeader', { filters: captionFor(shown) })}</p>
        {page === 'accessibilite' ? (
          <Suspense fallback={<p role="status">{t('app.loading.page')}</p>}>
            <LazyAccessibilityStatement />
          </Suspense>
        ) : (
          <Dashboard files={shownFiles} view={shown} frame={frame} onAction={act} />
        )}
        <footer className="page-footer">
          <p>
            {i18n.rich('app.footer.sources', {
              code: (chunks: ReactNode[]) => <code key="code">{chunks}</code>,
            })}
          </p>
          <p>
            <a
              href="?page=accessibilite"
              onClick={(event) => {
                event.preventDefault();
                setPage('accessibilite');
              }}
            >
              {t('app.footer.accessibility')}
            </a>{' '}
            {t('app.footer.accessibilityNote')}
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
        <Suspense fallback={<p role="status">{t('app.loading.presentation')}</p>}>
          <LazyPresentationView
            decks={decks}
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
