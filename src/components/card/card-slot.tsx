import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { rowsOf, type FileStates } from '../../data/dataset';
import type { CardView, ViewAction } from '../../model/view';
import { readiness } from '../../selectors/readiness';
import { ErrorPanel } from '../lazy-error-panel';
import { useI18n } from '../i18n-context';
import { matchControl } from '../../lib/control-match';
import { AdoptedCard, type Handover } from './adopted-card';
import { Card } from './card';
import type { CardDefinition, CardOptions, CardPlacement } from './card-definition';
import type { CardFrame } from './card-frame';
import type { CardModel } from './card-model';
import { CardTitle } from './card-title';
import { CardErrorBoundary } from './error-boundary';
import { adoptable } from './first-view-adoption';
import { lastMemo } from './last-memo';

export interface CardSlotProps {
  readonly definition: CardDefinition;
  readonly files: FileStates;
  readonly view: CardView;
  readonly options?: CardPlacement;
  readonly frame: CardFrame;
  /** What the card's controls do; absent, the card offers none (a bar click, a switch…). */
  readonly onAction?: (action: ViewAction) => void;
  /** True while the page draws the cards before it: the card shows as loading (see `useCardPace`). */
  readonly waiting?: boolean;
  /**
   * Whether the pre-rendered card may stand for this one (the same view of the same data: first-view-adoption.ts);
   * null while the data load. Absent, the card is drawn live.
   */
  readonly adopt?: boolean | null;
}

type Mode = 'pending' | 'adopted' | 'live';

/**
 * Gives the live card the click, or the focus, the reader gave its pre-rendered copy. A focus is not given back if the
 * reader has since moved it elsewhere (the live card may have waited for the chart code); a click, the reader's last
 * act, always is. A chart's bar (an SVG shape) is clicked as a mouse would.
 */
function resume(id: string, handover: Handover, frames = 10): void {
  const { card, control, click } = handover;
  const focused = document.activeElement;
  if (!click && focused !== null && focused !== document.body && focused !== control) return;
  const live = document.querySelector(`[data-card="${CSS.escape(id)}"]`);
  const same = live === null ? null : matchControl(control, card, live);
  // A chart's marks (a bar, a region of the map) come a render after the card: the click waits a few frames for them.
  if (same === null && click && frames > 0) requestAnimationFrame(() => resume(id, handover, frames - 1));
  if (same instanceof HTMLElement) {
    same.focus();
    if (click) same.click();
  } else if (same !== null && click)
    same.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

/** Loading placeholder, error panel, or the card; a failed reload shows the error above the data kept from before. */
function CardLoader(props: CardSlotProps & { readonly title: string; readonly buildOptions: CardOptions }) {
  const { definition, files, view, buildOptions, frame, onAction, title, waiting = false } = props;
  const ready = readiness(definition.needs.map((id) => files[id]));
  // One cache per placed card: a tick that leaves this card's files and view parts alone does not rebuild it.
  const [cached] = useState(lastMemo<CardModel>);
  const model =
    ready.status === 'ready' && !waiting
      ? cached(
          [
            definition,
            buildOptions,
            ...definition.needs.map((id) => files[id].rows),
            ...definition.inputs(view),
          ],
          () => definition.build(rowsOf(files), view, buildOptions),
        )
      : null;
  if (ready.status === 'error') {
    return (
      <section className="card card-error" aria-label={title}>
        <CardTitle frame={frame}>{title}</CardTitle>
        <ErrorPanel issues={ready.issues} what={buildOptions.i18n.t('card.cannotShow', { title })} />
      </section>
    );
  }
  if (ready.status === 'loading' || model === null) {
    return (
      <section
        className="card card-loading"
        aria-label={title}
        aria-busy="true"
        style={{ minHeight: definition.reservedHeight }}
      >
        <CardTitle frame={frame}>{title}</CardTitle>
        <p>{buildOptions.i18n.t('card.loading')}</p>
      </section>
    );
  }
  return (
    <>
      {ready.issues.length > 0 ? (
        <ErrorPanel issues={ready.issues} what={buildOptions.i18n.t('card.keptPrevious', { title })} />
      ) : null}
      <Card model={model} frame={frame} onAction={onAction} />
    </>
  );
}

/** One card in any mode: its own error boundary, its loading state and error panel, then the card drawn from its model. */
export const CardSlot = memo(function CardSlot(props: CardSlotProps) {
  const i18n = useI18n();
  const id = props.definition.id;
  const [mode, setMode] = useState<Mode>(props.adopt === undefined ? 'live' : 'pending');
  const handover = useRef<Handover | null>(null);
  let current = mode;
  // Adopted only while the pre-rendered cards are on offer, when its chart is off screen or drawn for the card's width
  // (first-view-adoption.ts); drawn live for good once its view or data differ.
  if (mode === 'pending' && props.adopt !== null)
    current = props.adopt === true && adoptable(id) ? 'adopted' : 'live';
  if (mode === 'adopted' && props.adopt !== true) current = 'live';
  if (current !== mode) setMode(current);
  const goLive = useCallback((given: Handover | null) => {
    handover.current = given;
    setMode('live');
  }, []);
  useLayoutEffect(() => {
    const given = handover.current;
    if (mode !== 'live' || given === null) return;
    handover.current = null;
    resume(id, given);
  }, [mode, id]);
  // A new language is new options: the card's memo builds it again in that language.
  const buildOptions = useMemo(() => ({ ...props.options, i18n }), [props.options, i18n]);
  const title = props.definition.title(props.view, buildOptions);
  if (current === 'adopted') return <AdoptedCard id={id} onLive={goLive} />;
  return (
    <CardErrorBoundary key={props.definition.id} title={title} i18n={i18n}>
      <CardLoader {...props} title={title} buildOptions={buildOptions} />
    </CardErrorBoundary>
  );
});
