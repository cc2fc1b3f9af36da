import { FILE_IDS } from './data/files';
import type { DashboardStore } from './store/store';

/**
 * True once a rendered page shows its cards, none of them loading, and every chart drawn (an SVG or a table) but
 * those deferred until they come near the viewport.
 */
export function isDrawn(container: ParentNode): boolean {
  // A place kept for a pre-rendered card counts as a drawn card (src/components/card/first-view-adoption.ts).
  if (container.querySelector('.card, [data-adopt]') === null) return false;
  if (container.querySelector('.card-loading, .chart-placeholder:not([data-deferred])') !== null)
    return false;
  const figures = [...container.querySelectorAll('figure.chart')];
  return figures.every((figure) => figure.querySelector('svg, table, [data-deferred]') !== null);
}

const dataSettled = (store: DashboardStore): Promise<void> =>
  new Promise((resolve) => {
    const settled = () => FILE_IDS.every((id) => store.getState().files[id].status !== 'loading');
    if (settled()) {
      resolve();
      return;
    }
    const unsubscribe = store.subscribe(() => {
      if (!settled()) return;
      unsubscribe();
      resolve();
    });
  });

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves once the data have settled and `container` is drawn (the charts near the viewport included), checked at
 * each frame; or after `patience` ms, so that a page that cannot be fully drawn is never held back.
 */
export async function whenDrawn(
  container: ParentNode,
  store: DashboardStore,
  patience: number,
): Promise<void> {
  let late = false;
  const drawn = async () => {
    await dataSettled(store);
    while (!late && !isDrawn(container)) await nextFrame();
  };
  const timeout = new Promise<void>((resolve) =>
    setTimeout(() => {
      late = true;
      resolve();
    }, patience),
  );
  await Promise.race([drawn(), timeout]);
}
