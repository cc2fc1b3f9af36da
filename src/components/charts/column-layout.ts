import type { ChartFrame } from './chart-frame';
import type { ColumnsSpec } from './chart-spec';

export interface ColumnLayout {
  /** Narrow charts write the short value labels under the columns. */
  readonly narrow: boolean;
  /** Top of the value axis: a whole number above the highest value and the total. */
  readonly top: number;
  readonly height: number;
  /** Height of the category axis: the label and the value, and on narrow charts the value's note (« est. »). */
  readonly axisHeight: number;
}

export function columnLayout(spec: ColumnsSpec, width: number, frame: ChartFrame): ColumnLayout {
  const highest = Math.max(spec.total?.value ?? 0, ...spec.columns.map((column) => column.cumulative));
  const narrow = width < frame.fontSize * 38;
  const noted = narrow && spec.columns.some((column) => column.shortValueNote !== null);
  return {
    narrow,
    top: Math.ceil(highest + 0.5),
    height: frame.maxHeight ?? spec.height,
    axisHeight: frame.fontSize * (noted ? 4.7 : 3.4),
  };
}
