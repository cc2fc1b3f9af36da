import { useI18n } from './i18n-context';

interface Props {
  readonly message: string;
  readonly onReset?: () => void;
}

/** What to show when the filters leave nothing: says so and offers the way out. */
export function EmptyState({ message, onReset }: Props) {
  const { t } = useI18n();
  return (
    <div className="empty-state" role="status">
      <p>{message}</p>
      {onReset === undefined ? null : (
        <button type="button" onClick={onReset}>
          {t('table.empty.reset')}
        </button>
      )}
    </div>
  );
}
