import { urlStateOf } from '../../store/url-sync';
import type { DashboardState } from '../../store/state';
import { serializeUrlState, type Presentation } from '../../store/url-state';

export const PRESENTER_WINDOW = 'presentateur';

/** The address of the presenter's window: this view (filters kept), that deck and slide, `vue=presentateur`. */
export function presenterHref(state: DashboardState, at: Presentation, pathname: string): string {
  const search = serializeUrlState({ ...urlStateOf(state), presentation: { ...at, presenter: true } });
  return `${pathname}${search}`;
}

/** Opens the presenter's window, or brings back the one already open (same name); false when a blocker refuses it. */
export function openPresenterWindow(href: string, win: Window = window): boolean {
  return win.open(href, PRESENTER_WINDOW, 'popup,width=1366,height=768') !== null;
}
