import type { FileStates } from '../data/dataset';
import type { FetchFile } from '../data/load';
import type { ColorTheme } from '../lib/palette';
import type { CardView, Filters, ViewAction } from '../model/view';
import type { IgnoredId } from './reconcile';
import type { Page, Presentation, UrlState } from './url-state';

export interface DataSlice {
  readonly files: FileStates;
  /** Loads every data file; a file that fails keeps the rows it had, so a failed reload loses nothing. */
  readonly load: (fetcher?: FetchFile) => Promise<void>;
}

/** The reader's view: filters, member scope and compared poles, changed only through actions. */
export interface ViewSlice {
  readonly view: CardView;
  readonly act: (action: ViewAction) => void;
  readonly setFilters: (filters: Filters) => void;
}

export type ColorSchemeChoice = 'auto' | 'light' | 'dark';

export interface UiSlice {
  readonly colorScheme: ColorSchemeChoice;
  readonly setColorScheme: (choice: ColorSchemeChoice) => void;
  /** The theme in force: the reader's choice, or the system's under "auto". */
  readonly resolvedTheme: ColorTheme;
  readonly setResolvedTheme: (theme: ColorTheme) => void;
  readonly presentation: Presentation | null;
  readonly setPresentation: (presentation: Presentation | null) => void;
  readonly page: Page;
  readonly setPage: (page: Page) => void;
  /** The pole whose profile is open over the dashboard, by id (it may be unknown: the profile says so). */
  readonly profile: string | null;
  readonly setProfile: (profile: string | null) => void;
  /** The card drawn alone for an iframe, by id as the address gives it (it may be unknown: the page says so). */
  readonly embed: string | null;
}

export interface AddressSlice {
  /** Ids from the address that match no theme, region or pole, shown once to the reader. */
  readonly ignoredIds: readonly IgnoredId[];
  readonly dismissIgnoredIds: () => void;
  /** The view and page of an address, in one update so that history sees one change. */
  readonly applyUrlState: (state: UrlState) => void;
  /** Drops the address's ids that the loaded data does not know, and records them; true when it dropped some. */
  readonly reconcileIds: () => boolean;
}

export type DashboardState = DataSlice & ViewSlice & UiSlice & AddressSlice;
