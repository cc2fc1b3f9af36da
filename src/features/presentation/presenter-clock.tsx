import { elapsedInWords, formatElapsed } from './clock';
import { useElapsed } from './use-elapsed';

/** Time since the presenter's window opened, mm:ss, with a reset for the start of the talk. */
export function PresenterClock({ now }: { readonly now: () => number }) {
  const { elapsed, reset } = useElapsed(now);
  return (
    <div className="presenter-clock" role="group" aria-label="Chronomètre">
      <span role="timer" aria-label={`Temps écoulé : ${elapsedInWords(elapsed)}`}>
        {formatElapsed(elapsed)}
      </span>
      <button type="button" onClick={reset}>
        Remettre à zéro
      </button>
    </div>
  );
}
