import { useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { cellShade, type ColorTheme } from '../../lib/palette';
import type { ViewAction } from '../../model/view';
import { useI18n } from '../i18n-context';
import type { ChartFrame } from './chart-frame';
import type { CrossTabCell, CrossTabSpec } from './chart-spec';
import { clampCell, nextCell, type CellPosition } from './cross-tab-keys';

interface Props {
  readonly spec: CrossTabSpec;
  readonly frame: ChartFrame;
  /** A click (or Enter) on a cell; absent, the cells are plain text. */
  readonly onAction?: (action: ViewAction) => void;
}

interface CellProps {
  readonly cell: CrossTabCell;
  readonly position: CellPosition;
  readonly theme: ColorTheme;
  /** The one cell that Tab reaches; the arrows move between the others. */
  readonly active: boolean;
  readonly onAction?: (action: ViewAction) => void;
  readonly onFocusCell: (position: CellPosition) => void;
  readonly onKey: (event: KeyboardEvent<HTMLButtonElement>, position: CellPosition) => void;
}

function ShadedCell({ cell, position, theme, active, onAction, onFocusCell, onKey }: CellProps) {
  const { fill, text } = cellShade(cell.level, theme);
  // The figure is written in the cell: its shade only repeats it.
  const style: CSSProperties = { background: fill, color: text };
  return (
    // Paper has no buttons: print hides the button and writes `data-print` in its place.
    <td className="crosstab-cell" style={style} data-print={cell.label}>
      {onAction === undefined ? (
        cell.label
      ) : (
        <button
          type="button"
          aria-label={cell.name}
          tabIndex={active ? 0 : -1}
          data-cell={position.join('-')}
          onClick={() => onAction(cell.action)}
          onFocus={() => onFocusCell(position)}
          onKeyDown={(event) => onKey(event, position)}
        >
          {cell.label}
        </button>
      )}
    </td>
  );
}

/** A two-way table with shaded cells and its totals; an HTML table, read as one by screen readers. */
export function CrossTabChart({ spec, frame, onAction }: Props) {
  const { t } = useI18n();
  const { theme } = frame;
  const tableRef = useRef<HTMLTableElement>(null);
  const [focused, setFocused] = useState<CellPosition>([0, 0]);
  const [activeRow, activeColumn] = clampCell(focused, spec.rows.length, spec.columns.length);
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, position: CellPosition) => {
    const next = nextCell(event.key, event.ctrlKey, position, spec.rows.length, spec.columns.length);
    if (next === null) return;
    event.preventDefault();
    setFocused(next);
    const target = tableRef.current?.querySelector(`[data-cell="${next.join('-')}"]`);
    if (target instanceof HTMLElement) target.focus();
  };
  const style: CSSProperties | undefined = frame.slide
    ? { fontSize: frame.fontSize, maxHeight: frame.maxHeight ?? undefined }
    : undefined;
  return (
    <div
      className="table-scroll crosstab-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('card.chart.crossTab', { caption: spec.caption })}
      style={style}
    >
      <table ref={tableRef} className="crosstab">
        <caption>
          {/* Sticky, so that a long caption stays in view while the table scrolls sideways. */}
          <span>{spec.caption}</span>
        </caption>
        <colgroup>
          <col />
        </colgroup>
        <colgroup span={spec.columns.length} />
        <colgroup>
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="crosstab-corner">
              {spec.rowsLabel}
            </th>
            <th scope="colgroup" colSpan={spec.columns.length} className="crosstab-group">
              {spec.columnsLabel}
            </th>
            <th scope="col" rowSpan={2} className="crosstab-total">
              Total
            </th>
          </tr>
          <tr>
            {spec.columns.map((column) => (
              <th key={column.id} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row, r) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, c) => (
                <ShadedCell
                  key={spec.columns[c]?.id ?? c}
                  cell={cell}
                  position={[r, c]}
                  theme={theme}
                  active={r === activeRow && c === activeColumn}
                  onAction={onAction}
                  onFocusCell={setFocused}
                  onKey={onKey}
                />
              ))}
              <td className="crosstab-total">{row.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {spec.columnTotals.map((total, index) => (
              <td key={spec.columns[index]?.id ?? index} className="crosstab-total">
                {total}
              </td>
            ))}
            <td className="crosstab-total crosstab-grand">{spec.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
