import { ChartCard } from './chart-card';
import { useRenderSettings } from './render-context';
import { EmptyState } from './empty-state';
import { horizontalBarChartHeight, type HorizontalBar } from './bar-chart-layout';
import { LazyHorizontalBarChart } from './lazy-charts';
import { cell, type TableModel } from './table-model';
import { formatInteger, formatPercent, plural } from '../lib/format';
import type { CategoryCount } from '../selectors/category-counts';

interface Props {
  readonly title: string;
  readonly takeaway: string;
  /** "Thème" or "Région (2013)": the first column of the table. */
  readonly categoryLabel: string;
  readonly counts: readonly CategoryCount[];
  readonly sources: readonly string[];
  readonly exportName: string;
  readonly onToggle: (id: string) => void;
  readonly onReset?: () => void;
  readonly anySelected: boolean;
}

/** Poles per category; clicking a bar toggles that filter, and the filter bar above offers the same with the keyboard. */
export function CategoryCountCard(props: Props) {
  const { counts, anySelected } = props;
  const { rowHeight } = useRenderSettings();
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const bars: HorizontalBar[] = counts
    .filter((entry) => entry.count > 0 || entry.selected)
    .map((entry) => ({
      id: entry.id,
      label: entry.selected ? `✓ ${entry.label}` : entry.label,
      value: entry.count,
      valueLabel: formatInteger(entry.count),
      tone: !anySelected ? 'base' : entry.selected ? 'selected' : 'muted',
    }));
  const table: TableModel = {
    caption: `${props.title} (${plural(total, 'pôle')})`,
    columns: [
      { key: 'category', label: props.categoryLabel },
      { key: 'count', label: 'Nombre de pôles', numeric: true },
      { key: 'share', label: 'Part', numeric: true },
      { key: 'selected', label: 'Filtre actif' },
    ],
    rows: counts.map((entry) => ({
      key: entry.id,
      cells: [
        cell(entry.label),
        cell(formatInteger(entry.count), entry.count),
        cell(
          total === 0 ? '—' : formatPercent(entry.count / total),
          total === 0 ? null : Number((entry.count / total).toFixed(4)),
        ),
        cell(entry.selected ? 'oui' : 'non'),
      ],
    })),
  };
  return (
    <ChartCard
      title={props.title}
      takeaway={props.takeaway}
      sources={props.sources}
      table={table}
      exportName={props.exportName}
      chartHeight={horizontalBarChartHeight(bars.length, rowHeight)}
      legend={
        anySelected
          ? [
              { label: 'Filtre actif (✓ devant le nom)', swatch: 'bar', role: 'selected' },
              { label: 'Hors filtre', swatch: 'bar', role: 'muted' },
            ]
          : []
      }
      renderChart={(width) => (
        <LazyHorizontalBarChart
          bars={bars}
          width={width}
          ariaLabel={props.title}
          onBarClick={props.onToggle}
        />
      )}
      notice={
        <p className="hint">
          Cliquez sur une barre pour filtrer (ou utilisez les filtres en haut de page)
          {anySelected ? ' ; ✓ marque un filtre actif' : ''}.
        </p>
      }
      empty={
        total === 0 ? (
          <EmptyState message="Aucun pôle ne correspond aux filtres." onReset={props.onReset} />
        ) : undefined
      }
    />
  );
}
