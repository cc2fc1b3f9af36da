import type { ColorTheme } from '../../lib/palette';

/** How a chart is drawn where it is shown: the dashboard, or a slide read from the back of a room. */
export interface ChartFrame {
  readonly theme: ColorTheme;
  readonly fontSize: number;
  readonly rowHeight: number;
  /** Height a chart may take at most; null on the dashboard, where cards grow with their content. */
  readonly maxHeight: number | null;
  readonly slide: boolean;
}
