import { downloadCsv } from '../../lib/csv-export';
import type { ViewAction } from '../../model/view';
import { hasImageExport } from '../charts/chart-spec';
import { tableToCsv } from '../table-model';
import { CardControls } from './card-controls';
import { sourceLine, type CardModel } from './card-model';
import type { ImageFormat } from './use-image-export';

interface Props {
  readonly model: CardModel;
  readonly view: 'chart' | 'table';
  readonly onView: (view: 'chart' | 'table') => void;
  readonly onExport: (format: ImageFormat) => Promise<void>;
  readonly onAction?: (action: ViewAction) => void;
  /** Imported data shown: the CSV ends with the source line, which says so. */
  readonly imported?: boolean;
}

/** Chart / table switch, the card's controls, and the downloads of exactly what is shown. */
export function CardToolbar({ model, view, onView, onExport, onAction, imported = false }: Props) {
  const { title } = model;
  return (
    <div className="card-toolbar">
      {model.chart === null ? null : (
        <div className="view-switch" role="group" aria-label={`Affichage de « ${title} »`}>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => onView('chart')}>
            Graphique
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => onView('table')}>
            Tableau
          </button>
        </div>
      )}
      {onAction === undefined ? null : <CardControls controls={model.controls} onAction={onAction} />}
      <div className="exports" role="group" aria-label={`Télécharger « ${title} »`}>
        {model.chart === null || !hasImageExport(model.chart)
          ? null
          : (['png', 'svg'] as const).map((format) => (
              <button
                key={format}
                type="button"
                onClick={() => void onExport(format)}
                aria-label={`Télécharger « ${title} » en image ${format.toUpperCase()}`}
                disabled={view !== 'chart' || model.empty !== null}
              >
                {format.toUpperCase()}
              </button>
            ))}
        <button
          type="button"
          onClick={() =>
            downloadCsv(
              tableToCsv(model.table),
              `${model.exportName}.csv`,
              imported ? sourceLine(model.sources, true) : undefined,
            )
          }
          aria-label={`Télécharger les données de « ${title} » en CSV`}
        >
          CSV
        </button>
      </div>
    </div>
  );
}
