import type { ViewAction } from '../../model/view';
import { hasImageExport } from '../charts/chart-spec';
import { useI18n } from '../i18n-context';
import { CardControls } from './card-controls';
import type { CardModel } from './card-model';
import type { ImageFormat } from './use-image-export';

interface Props {
  readonly model: CardModel;
  readonly view: 'chart' | 'table';
  readonly onView: (view: 'chart' | 'table') => void;
  readonly onExport: (format: ImageFormat) => Promise<void>;
  readonly onExportCsv: () => Promise<void>;
  readonly onExportSheet: () => Promise<void>;
  readonly onAction?: (action: ViewAction) => void;
  /** Opens the « Intégrer » dialog; absent, the card offers no embed (slides, images, an embed itself). */
  readonly onEmbed?: () => void;
}

/** Chart / table switch, the card's controls, and the downloads of exactly what is shown. */
export function CardToolbar({
  model,
  view,
  onView,
  onExport,
  onExportCsv,
  onExportSheet,
  onAction,
  onEmbed,
}: Props) {
  const { title } = model;
  const { t } = useI18n();
  return (
    <div className="card-toolbar">
      {model.chart === null ? null : (
        <div className="view-switch" role="group" aria-label={t('card.toolbar.display', { title })}>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => onView('chart')}>
            {t('card.toolbar.chart')}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => onView('table')}>
            {t('card.toolbar.table')}
          </button>
        </div>
      )}
      {onAction === undefined ? null : <CardControls controls={model.controls} onAction={onAction} />}
      <div className="exports" role="group" aria-label={t('card.toolbar.download', { title })}>
        {model.chart === null || !hasImageExport(model.chart)
          ? null
          : (['png', 'svg'] as const).map((format) => (
              <button
                key={format}
                type="button"
                onClick={() => void onExport(format)}
                aria-label={t('card.toolbar.image', { title, format: format.toUpperCase() })}
                disabled={view !== 'chart' || model.empty !== null}
              >
                {format.toUpperCase()}
              </button>
            ))}
        <button
          type="button"
          onClick={() => void onExportCsv()}
          aria-label={t('card.toolbar.csv', { title })}
        >
          CSV
        </button>
        <button
          type="button"
          onClick={() => void onExportSheet()}
          aria-label={t('card.toolbar.excel', { title })}
        >
          Excel
        </button>
      </div>
      {onEmbed === undefined ? null : (
        <button
          type="button"
          className="embed-button"
          aria-haspopup="dialog"
          aria-label={t('card.toolbar.embedLabel', { title })}
          onClick={onEmbed}
        >
          {t('card.toolbar.embed')}
        </button>
      )}
    </div>
  );
}
