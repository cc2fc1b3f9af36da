/** How a column's numbers read in a spreadsheet: plain, a year (never grouped: 2005, not 2 005), or a share. */
export type SheetColumnKind = 'number' | 'year' | 'percent' | 'text';

export interface SheetColumn {
  readonly label: string;
  readonly kind: SheetColumnKind;
}

/** A number whose kind differs from its column's, e.g. a year in a profile's « Valeur » column. */
export interface KindedNumber {
  readonly number: number;
  readonly kind: SheetColumnKind;
}

export type SheetValue = string | number | KindedNumber | null;

/** A table ready for a spreadsheet: raw values only; a full ISO date string becomes a date cell. */
export interface SheetTable {
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly SheetValue[])[];
}

/** What the second sheet says about the first: where the data come from, filtered how, exported when. */
export interface SheetAbout {
  readonly title: string;
  /** The table's caption, when it says more than the title. */
  readonly caption: string | null;
  /** Citations of the sources, each with its date. */
  readonly sources: readonly string[];
  /** « Filtres : … » in words; null where filters do not apply (a pole's profile). */
  readonly filters: string | null;
  readonly exportedAt: Date;
  /** The data come from files the user imported, not from the published dataset. */
  readonly imported: boolean;
}
