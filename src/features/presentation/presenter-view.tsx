import { useI18n } from '../../components/i18n-context';
import { slideFrame } from '../../components/card/card-frame';
import type { CardView } from '../../model/view';
import { useDashboard } from '../../store/store';
import type { Presentation } from '../../store/url-state';
import type { DeckSpec, SlideFacts, SlideRef } from './deck';
import { deckById } from './decks';
import type { RenderSlide } from './presentation';
import { PresenterClock } from './presenter-clock';
import { PresenterNotes } from './presenter-notes';
import { SlidePreview, STAGE_HEIGHT } from './slide-preview';
import { nextSlideIndex } from './slides';
import { syncNotice } from './sync-notice';
import { openBroadcastChannel, useDeckSync, type OpenChannel } from './use-deck-sync';
import { useDeckKeys } from './use-deck-keys';
import './presenter.css';

interface Props {
  readonly decks: readonly DeckSpec[];
  readonly readerView: CardView;
  readonly captionFor: (view: CardView) => string;
  readonly renderSlide: RenderSlide;
  readonly titleOf: (slide: SlideRef, view: CardView) => string;
  readonly factsOf: (slide: SlideRef, view: CardView) => SlideFacts;
  /** The clock's time source, injected so that tests set the time. */
  readonly now: () => number;
  readonly openChannel?: OpenChannel;
}

// Escape belongs to the audience's window (it leaves the deck there); here it must not close the notes by mistake.
const stay = () => undefined;
const noAction = () => undefined;

const goTo =
  (deck: string, setPresentation: (presentation: Presentation) => void) =>
  (slide: number): void =>
    setPresentation({ deck, slide, presenter: true });

/** A window opened by the button closes; one opened from its address goes back to the dashboard. */
function closePresenter(toDashboard: () => void): void {
  if (window.opener !== null) window.close();
  else toDashboard();
}

/** The presenter's window: the slide shown, the next one, the notes, a clock and every slide, in step with the room. */
export function PresenterView({
  decks,
  readerView,
  captionFor,
  renderSlide,
  titleOf,
  factsOf,
  now,
  openChannel = openBroadcastChannel,
}: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const presentation = useDashboard((s) => s.presentation);
  const setPresentation = useDashboard((s) => s.setPresentation);
  const theme = useDashboard((s) => s.resolvedTheme);
  const deck = deckById(presentation?.deck ?? '', decks);
  const view = deck.view ?? readerView;
  const count = deck.slides.length;
  const index = Math.min(presentation?.slide ?? 0, Math.max(0, count - 1));
  const next = nextSlideIndex(index, count);
  const slide = deck.slides[index];
  const nextSlide = next === null ? undefined : deck.slides[next];

  const deckId = deck.id;
  // Renders are rare here (a change of slide): the clock ticks in a component of its own.
  const go = goTo(deckId, setPresentation);
  useDeckKeys(index, count, go, stay);
  const status = useDeckSync({ deck: deckId, slide: index, count }, go, openChannel);
  const notice = syncNotice(status, window.location.protocol === 'file:', true, i18n);

  const caption = captionFor(view);
  const frame = slideFrame(theme, () => caption, STAGE_HEIGHT);
  if (slide === undefined) return null;
  const facts = factsOf(slide, view);

  return (
    <main className="presenter" aria-labelledby="presenter-title">
      <div className="presenter-bar">
        <h1 id="presenter-title">{t('presentation.presenterView')}</h1>
        <p className="presenter-count">{t('presentation.presenter.count', { number: index + 1, count })}</p>
        <PresenterClock now={now} />
        <nav className="presenter-nav" aria-label={t('presentation.nav')}>
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
            {t('presentation.presenter.previous')}
          </button>
          <button type="button" onClick={() => go(index + 1)} disabled={next === null}>
            {t('presentation.presenter.next')}
          </button>
        </nav>
        <button
          type="button"
          className="presenter-close"
          onClick={() => closePresenter(() => setPresentation(null))}
        >
          {t('presentation.presenter.close')}
        </button>
      </div>
      {notice === null ? null : (
        <p
          className={status === 'linked' ? 'presenter-sync' : 'presenter-sync presenter-sync-warn'}
          role="status"
        >
          {notice}
        </p>
      )}
      <div className="presenter-grid">
        <section className="presenter-current" aria-labelledby="presenter-current-title">
          <h2 id="presenter-current-title">
            {i18n.rich('presentation.presenter.current', {
              title: facts.title,
              name: (chunks) => (
                <span key="t" className="presenter-slide-title">
                  {chunks}
                </span>
              ),
            })}
          </h2>
          <SlidePreview>{renderSlide(slide, view, frame, noAction)}</SlidePreview>
          <p className="presenter-caption">{caption}</p>
        </section>
        <section className="presenter-next" aria-labelledby="presenter-next-title">
          <h2 id="presenter-next-title">{t('presentation.next')}</h2>
          {nextSlide === undefined ? (
            <p className="presenter-end">{t('presentation.presenter.end')}</p>
          ) : (
            <>
              <p className="presenter-slide-title">{titleOf(nextSlide, view)}</p>
              <SlidePreview>{renderSlide(nextSlide, view, frame, noAction)}</SlidePreview>
            </>
          )}
        </section>
        <PresenterNotes notes={slide.notes} facts={facts} />
        <nav className="presenter-list" aria-labelledby="presenter-list-title">
          <h2 id="presenter-list-title">
            {i18n.rich('presentation.presenter.slides', {
              deck: deck.label,
              name: (chunks) => (
                <span key="d" className="presenter-deck">
                  {chunks}
                </span>
              ),
            })}
          </h2>
          <ol>
            {deck.slides.map((item, position) => (
              <li key={`${item.card}-${item.part?.join('-') ?? ''}`}>
                <button
                  type="button"
                  aria-current={position === index ? 'true' : undefined}
                  onClick={() => go(position)}
                >
                  <span className="presenter-list-number">{position + 1}.</span> {titleOf(item, view)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      </div>
    </main>
  );
}
