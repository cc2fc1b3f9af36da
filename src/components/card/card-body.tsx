import { Suspense, type RefObject } from 'react';
import type { ViewAction } from '../../model/view';
import type { ChartFrame } from '../charts/chart-frame';
import { ChartView } from '../charts/chart-view';
import { LazyChartLegend } from '../charts/lazy-charts';
import { DataTable, type RowControl } from '../data-table';
import { EmptyState } from '../empty-state';
import type { CardModel, RowToggle } from './card-model';

interface Props {
  readonly model: CardModel;
  readonly view: 'chart' | 'table';
  readonly width: number;
  readonly frame: ChartFrame;
  readonly reservedHeight: number;
  readonly figureRef: RefObject<HTMLElement | null>;
  readonly titleId: string;
  readonly takeawayId: string;
  readonly onAction?: (action: ViewAction) => void;
}

function rowControl(
  toggle: RowToggle | null,
  onAction?: (action: ViewAction) => void,
): RowControl | undefined {
  if (toggle === null || onAction === undefined) return undefined;
  return {
    label: toggle.column,
    render: (key) => {
      const row = toggle.rows.get(key);
      if (row === undefined) return null;
      return (
        <input
          type="checkbox"
          aria-label={row.label}
          checked={row.checked}
          disabled={row.disabled}
          onChange={() => onAction(row.action)}
        />
      );
    },
  };
}

/** What the card shows: the chart with its legend, the table behind it, or why there is nothing to show. */
export function CardBody({
  model,
  view,
  width,
  frame,
  reservedHeight,
  figureRef,
  titleId,
  takeawayId,
  onAction,
}: Props) {
  if (model.empty !== null) {
    const reset =
      model.empty.reset && onAction !== undefined ? () => onAction({ type: 'reset-filters' }) : undefined;
    return <EmptyState message={model.empty.message} onReset={reset} />;
  }
  if (view === 'table' || model.chart === null) {
    return (
      <DataTable
        table={model.table}
        sortable={model.sortable}
        rowControl={rowControl(model.rowToggle, onAction)}
      />
    );
  }
  const { chart } = model;
  const select = chart.kind === 'bars' || chart.kind === 'map' ? chart.select : null;
  return (
    <figure
      ref={figureRef}
      className="chart"
      data-chart={chart.kind}
      aria-labelledby={titleId}
      aria-describedby={takeawayId}
    >
      <ChartView
        spec={chart}
        width={width}
        frame={frame}
        ariaLabel={model.title}
        reservedHeight={reservedHeight}
        onAction={onAction}
        onSelect={
          select === null || onAction === undefined
            ? undefined
            : (id) => onAction({ type: 'toggle-filter', dimension: select, id })
        }
      />
      {model.legend.length > 0 ? (
        <Suspense fallback={null}>
          <LazyChartLegend items={model.legend} theme={frame.theme} />
        </Suspense>
      ) : null}
    </figure>
  );
}
