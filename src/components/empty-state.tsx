interface Props {
  readonly message: string;
  readonly onReset?: () => void;
}

/** What to show when the filters leave nothing: says so and offers the way out. */
export function EmptyState({ message, onReset }: Props) {
  return (
    <div className="empty-state" role="status">
      <p>{message}</p>
      {onReset === undefined ? null : (
        <button type="button" onClick={onReset}>
          Réinitialiser les filtres
        </button>
      )}
    </div>
  );
}
