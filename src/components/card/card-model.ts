import type { I18n } from '../../lib/i18n/i18n';
import { FRENCH } from '../../lib/i18n/i18n-for';
import type { LegendItem } from '../../lib/legend';
import type { ViewAction } from '../../model/view';
import type { ChartSpec } from '../charts/chart-spec';
import type { TableModel } from '../table-model';

/** Buttons of which one is pressed, e.g. « Pôles du Centre » / « Tous les pôles ». */
export interface SwitchControl {
  readonly kind: 'switch';
  readonly label: string;
  readonly options: readonly {
    readonly label: string;
    readonly pressed: boolean;
    readonly action: ViewAction;
  }[];
}

/** Removable chips, e.g. the compared poles, with a button that clears them all. */
export interface ChipsControl {
  readonly kind: 'chips';
  readonly label: string;
  readonly items: readonly {
    readonly id: string;
    readonly label: string;
    readonly removeLabel: string;
    readonly action: ViewAction;
  }[];
  readonly clear: { readonly label: string; readonly action: ViewAction };
}

/** A labelled native select, e.g. the cross-tab's « Lignes » ; each option emits its own action. */
export interface SelectControl {
  readonly kind: 'select';
  readonly label: string;
  readonly selected: string;
  readonly options: readonly {
    readonly value: string;
    readonly label: string;
    readonly action: ViewAction;
  }[];
}

export type CardControl = SwitchControl | ChipsControl | SelectControl;

/** A leading column of checkboxes in the table (e.g. « Comparer »), not part of the data nor of its CSV. */
export interface RowToggle {
  readonly column: string;
  readonly rows: ReadonlyMap<
    string,
    {
      readonly label: string;
      readonly checked: boolean;
      readonly disabled: boolean;
      readonly action: ViewAction;
    }
  >;
}

/** A card as data: everything every mode (dashboard, slide, print, image, embed) draws, computed by a pure builder. */
export interface CardModel {
  /** Stable id: `adherents`, `financement`, `themes`, `regions`, `comparaison`, `liste`, `chronologie`. */
  readonly id: string;
  readonly title: string;
  /** One sentence computed from the data shown. */
  readonly takeaway: string;
  /** What the reader must know to read the figures right; shown with the chart and kept in exported images. */
  readonly caveats: readonly string[];
  /** How to use the card (« Cliquez sur une barre… »); dashboard only. */
  readonly hint: string | null;
  /** Absent for a card that is a table by nature (the list of poles). */
  readonly chart: ChartSpec | null;
  readonly table: TableModel;
  readonly sortable: boolean;
  readonly legend: readonly LegendItem[];
  /** Citations of the sources, each with its date. */
  readonly sources: readonly string[];
  /** File name without extension, for the CSV and image exports. */
  readonly exportName: string;
  /** Shown instead of the chart when nothing matches; `reset` offers to clear the filters. */
  readonly empty: { readonly message: string; readonly reset: boolean } | null;
  /** Said under the chart, e.g. the poles whose count is unknown. */
  readonly footnote: { readonly label: string; readonly text: string } | null;
  readonly controls: readonly CardControl[];
  readonly rowToggle: RowToggle | null;
  readonly defaultView: 'chart' | 'table';
  readonly width: 'half' | 'wide';
  /** Nothing to show yet (no pole picked): the title and the takeaway only, which says what to do. */
  readonly placeholder: boolean;
  /** What a slide writes under the chart, in French: slides draw `slideSourceLine(sources, imported, i18n)`. */
  readonly slideSource: string;
}

export type CardParts = Pick<CardModel, 'id' | 'title' | 'takeaway' | 'table' | 'sources' | 'exportName'> &
  Partial<Omit<CardModel, 'slideSource'>>;

/** "Source : A." / "Sources : A ; B." / "Source : A (données importées)." when the reader's files are shown. */
export const sourceLine = (sources: readonly string[], imported = false, i18n: I18n = FRENCH): string =>
  i18n.t(sources.length === 1 ? 'card.source.one' : 'card.source.many', {
    sources: sources.join(i18n.t('card.source.separator')),
    imported: imported ? 'yes' : 'no',
  });

/** On a slide, one source and a count of the others keep the line short enough to read. */
export function slideSourceLine(sources: readonly string[], imported = false, i18n: I18n = FRENCH): string {
  if (sources.length <= 1) return sourceLine(sources, imported, i18n);
  return i18n.t('card.source.slide', {
    first: sources[0] ?? '',
    others: sources.length - 1,
    imported: imported ? 'yes' : 'no',
  });
}

/** A model with the defaults filled in: no caveat, hint, legend, control or footnote; a chart shown first. */
export function makeCard(parts: CardParts): CardModel {
  return {
    caveats: [],
    hint: null,
    chart: null,
    sortable: false,
    legend: [],
    empty: null,
    footnote: null,
    controls: [],
    rowToggle: null,
    defaultView: 'chart',
    width: 'half',
    placeholder: false,
    ...parts,
    slideSource: slideSourceLine(parts.sources),
  };
}
