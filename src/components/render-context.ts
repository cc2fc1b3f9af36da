import { createContext, useContext } from 'react';
import type { ColorTheme } from '../lib/palette';

/** How charts are drawn where they are shown: the dashboard, or a presentation slide read from the back of a room. */
export interface RenderSettings {
  readonly theme: ColorTheme;
  readonly fontSize: number;
  readonly rowHeight: number;
  /** Height a chart may take at most; null on the dashboard, where cards grow with their content. */
  readonly maxChartHeight: number | null;
  readonly slide: boolean;
  /** The active filters in words, drawn into exported images and printed at the top of a handout. */
  readonly filtersCaption: string;
}

export const DASHBOARD_RENDER: RenderSettings = {
  theme: 'light',
  fontSize: 13,
  rowHeight: 34,
  maxChartHeight: null,
  slide: false,
  filtersCaption: 'Filtres : aucun',
};

export const RenderContext = createContext<RenderSettings>(DASHBOARD_RENDER);

export const useRenderSettings = (): RenderSettings => useContext(RenderContext);
