import { useEffect, useRef, type MouseEvent } from 'react';
import { CardSlot } from './components/card/card-slot';
import type { CardFrame } from './components/card/card-frame';
import { useI18n } from './components/i18n-context';
import type { FileStates } from './data/dataset';
import { reportHeight } from './lib/embed-code';
import type { CardView } from './model/view';
import { CARDS } from './cards';

interface Props {
  /** The card id from the address; it may name no card. */
  readonly id: string;
  readonly files: FileStates;
  readonly view: CardView;
  readonly frame: CardFrame;
  /** The full dashboard at the same view. */
  readonly dashboardHref: string;
}

/** Links of the card (a pole's profile) lead to the full dashboard, in a new tab: the iframe keeps the card. */
function openOutside(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0) return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.target !== '' || link.hasAttribute('download')) return;
  event.preventDefault();
  window.open(link.href, '_blank', 'noopener');
}

/**
 * One card alone, for another site's iframe: no header, no filter bar; the filters in words, and a link to the full
 * dashboard at the same view. The card is read-only (bars do not filter): the host chose the view it shows.
 */
export function EmbedPage({ id, files, view, frame, dashboardHref }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const i18n = useI18n();
  const { t } = i18n;
  const definition = CARDS.get(id);
  const title = definition?.title(view, { i18n }) ?? t('app.embed.unknownTitle');

  useEffect(() => {
    document.title = t('app.embed.documentTitle', { title });
  }, [t, title]);

  useEffect(() => {
    const element = ref.current;
    // Only a framed page has a parent to tell.
    if (element === null || window.parent === window) return undefined;
    return reportHeight(element, id, window.parent);
  }, [id]);

  return (
    <div ref={ref} className="embed">
      {/* Clicks on links inside the card open the dashboard in a new tab; the keyboard reaches them as links. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
      <main id="contenu" className="embed-main" onClick={openOutside}>
        {definition === undefined ? (
          <section className="card embed-unknown" aria-labelledby="embed-unknown">
            <h1 id="embed-unknown">{title}</h1>
            <p role="alert">{id === '' ? t('app.embed.emptyId') : t('app.embed.unknownId', { id })}</p>
            <p>
              {t('app.embed.knownIds')}{' '}
              {[...CARDS.keys()].map((key, index) => (
                <span key={key}>
                  {index > 0 ? ', ' : null}
                  <code>{key}</code>
                </span>
              ))}
              .
            </p>
          </section>
        ) : (
          <CardSlot definition={definition} files={files} view={view} frame={frame} />
        )}
        <p className="embed-caption">{frame.filtersCaption()}</p>
        <p className="embed-link">
          <a href={dashboardHref} target="_blank" rel="noopener">
            {t('app.embed.fullDashboard')} <span className="visually-hidden">{t('app.newTab')}</span>
          </a>
        </p>
      </main>
    </div>
  );
}
