import type { ImportInput, ImportProgress, Replaced } from '../data/check-import';
import type { FileStates } from '../data/dataset';
import type { ImportStorage, StoredFile } from '../data/import-storage';
import type { DataIssue } from '../data/issue';
import type { FetchFile } from '../data/load';
import type { Lang } from '../lib/i18n/lang';
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
  /** The interface's language: from the address, else the reader's remembered choice, else French. */
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
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

export type DashboardState = DataSlice & ViewSlice & UiSlice & AddressSlice & ImportSlice;

/** The reader's files shown in place of bundled ones, kept in this browser until « Revenir aux données d’origine ». */
export interface ImportedSet {
  readonly replaced: readonly Replaced[];
  /** ISO 8601 date and time of the import. */
  readonly importedAt: string;
  readonly files: readonly StoredFile[];
  /** False when the browser refused to keep it (private mode): it then lasts until the page is closed. */
  readonly kept: boolean;
}

export interface ImportingState {
  readonly names: readonly string[];
  readonly progress: ImportProgress | null;
  /** True while the files are checked on the page itself, in small steps, because no worker could start. */
  readonly onPage: boolean;
}

export interface ImportError {
  readonly issues: readonly DataIssue[];
  /** The files the reader gave, or those kept from an earlier visit that no longer pass the checks. */
  readonly names: readonly string[];
  readonly restoring: boolean;
}

export interface ImportSlice {
  readonly imported: ImportedSet | null;
  readonly importing: ImportingState | null;
  readonly importError: ImportError | null;
  readonly importStorage: ImportStorage;
  /** Checks the files and, if they pass, shows them instead of the files they replace; otherwise nothing changes. */
  readonly importFiles: (inputs: readonly ImportInput[], now?: Date) => Promise<void>;
  /** Reads the set kept from an earlier visit; `load` then shows it over the bundled files. */
  readonly restoreImport: () => Promise<void>;
  /** The imported set checked again over freshly loaded files, for `load`. */
  readonly overlayImport: (files: FileStates) => Promise<FileStates>;
  readonly revertImport: () => Promise<void>;
  readonly dismissImportError: () => void;
  /** Files refused before they are read (too big): said like any other import error. */
  readonly refuseImport: (issues: readonly DataIssue[], names: readonly string[]) => void;
}
