import { memo, useEffect, useMemo } from 'react';
import { CardSlot } from './components/card/card-slot';
import type { CardFrame } from './components/card/card-frame';
import { preloadCharts } from './components/charts/lazy-charts';
import {
  dataFingerprint,
  FINGERPRINT_ATTRIBUTE,
  firstViewFingerprint,
  firstViewLang,
  firstViewThemes,
} from './components/card/first-view-adoption';
import { useCardPace, usePacedValue } from './components/card/draw-pace';
import type { FileStates } from './data/dataset';
import { useI18n } from './components/i18n-context';
import { FILE_IDS } from './data/files';
import { DropOverlay } from './features/data-import/drop-overlay';
import { ImportButton } from './features/data-import/import-button';
import { ImportStatusSlot } from './features/data-import/import-status-slot';
import { DataIssues } from './features/data-status/data-issues';
import { DataStatus } from './features/data-status/data-status';
import { FilterPanel } from './features/filters/filter-panel';
import { HeadlineFigures } from './features/headline/headline-figures';
import { LanguageSwitch } from './features/language/language-switch';
import { PresentControls } from './features/presentation/present-controls';
import { decksIn } from './features/presentation/decks';
import { PoleSearch } from './features/search/pole-search';
import { ThemeSwitch } from './features/theme/theme-switch';
import { DEFAULT_VIEW, type CardView, type ViewAction } from './model/view';
import { useStickyOffset } from './components/use-sticky-offset';
import { SECTIONS } from './cards';

const CARD_COUNT = SECTIONS.reduce((sum, section) => sum + section.cards.length, 0);
// Each section's first card's place in the page's order of drawing.
const FIRST_CARD = SECTIONS.map((_, index) =>
  SECTIONS.slice(0, index).reduce((sum, section) => sum + section.cards.length, 0),
);

const newRows = (from: { readonly files: FileStates }, to: { readonly files: FileStates }): boolean =>
  from.files !== to.files;

interface Props {
  readonly files: FileStates;
  /** The view the cards show: it may lag the filter bar by a frame while the cards redraw. */
  readonly view: CardView;
  readonly frame: CardFrame;
  readonly onAction: (action: ViewAction) => void;
}

/** The page: header and tools, the filter bar, the key figures, then each section's cards. */
export const Dashboard = memo(function Dashboard({ files, view, frame, onAction }: Props) {
  const filterBar = useStickyOffset<HTMLElement>();
  const i18n = useI18n();
  const { t } = i18n;
  const decks = useMemo(() => decksIn(i18n), [i18n]);
  // The page's title follows the language (an embedded card sets its own).
  useEffect(() => {
    document.title = t('app.documentTitle');
  }, [t]);
  const settled = FILE_IDS.every((id) => files[id].status !== 'loading');
  const drawable = useCardPace(CARD_COUNT, settled);
  // New rows (an import) reach the cards one at a time, each with the frame that goes with them.
  const latest = useMemo(() => ({ files, frame }), [files, frame]);
  const shownBy = usePacedValue(latest, CARD_COUNT, drawable >= CARD_COUNT, newRows);
  // Which data the page shows, written into the pre-rendered page; on an imported set, never the build's.
  const fingerprint = useMemo(
    () => (settled && !frame.imported ? dataFingerprint(files) : undefined),
    [settled, frame.imported, files],
  );
  // The build's pre-rendered cards stand for the live ones far from the viewport while they show the same thing.
  const offered = firstViewFingerprint();
  const sameAsFirstView =
    fingerprint === offered &&
    i18n.lang === firstViewLang() &&
    firstViewThemes().includes(frame.theme) &&
    JSON.stringify(view) === JSON.stringify(DEFAULT_VIEW);
  const adopt = offered === null ? undefined : settled ? sameAsFirstView : null;
  // Where the pre-rendered cards cannot stand for the live ones (a data file edited in place), the cards near the
  // viewport are all drawn live: their chart code is asked for at once, not at the reader's first input.
  useEffect(() => {
    if (adopt === false) preloadCharts().catch((error: unknown) => console.warn(error));
  }, [adopt]);
  return (
    <>
      <a className="skip-link" href="#contenu">
        {t('app.skipLink')}
      </a>
      <header className="page-header">
        <div className="page-title">
          <h1>{t('app.header.title')}</h1>
          <p className="subtitle">{t('app.header.subtitle')}</p>
        </div>
        <div className="page-tools">
          <LanguageSwitch />
          <PoleSearch />
          <PresentControls decks={decks} />
          <ThemeSwitch />
          <DataStatus />
          <ImportButton />
        </div>
      </header>
      <ImportStatusSlot />
      <DropOverlay />
      <section ref={filterBar} className="filter-bar" aria-label={t('app.filterBar')}>
        <FilterPanel />
      </section>
      <main id="contenu" tabIndex={-1} {...{ [FINGERPRINT_ATTRIBUTE]: fingerprint }}>
        <DataIssues />
        <HeadlineFigures files={files} view={view} />
        {SECTIONS.map((section, sectionIndex) => (
          <section key={section.id} className="section" aria-labelledby={section.id}>
            <h2 id={section.id}>{t(section.title)}</h2>
            <div className={section.cards.length > 1 ? 'grid' : undefined}>
              {section.cards.map((definition, index) => {
                const order = (FIRST_CARD[sectionIndex] ?? 0) + index;
                const shown = shownBy(order);
                return (
                  <CardSlot
                    key={definition.id}
                    definition={definition}
                    files={shown.files}
                    view={view}
                    frame={shown.frame}
                    onAction={onAction}
                    waiting={order >= drawable}
                    adopt={adopt}
                  />
                );
              })}
            </div>
          </section>
        ))}
      </main>
    </>
  );
});
