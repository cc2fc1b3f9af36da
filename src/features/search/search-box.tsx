import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../components/i18n-context';
import type { Pole } from '../../data/schemas';
import { searchPoles, type Suggestion } from './search-match';

interface Props {
  readonly poles: readonly Pole[];
  readonly themeLabel: (id: string) => string;
  readonly onChoose: (id: string) => void;
}

/**
 * A combobox (WAI-ARIA 1.2, list autocomplete with automatic selection) over pole names and seat cities: typing
 * lists suggestions and highlights the first; the arrows move, Enter opens the highlighted pole, Escape closes
 * the list (then empties the field).
 */
export function SearchBox({ poles, themeLabel, onChoose }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const suggestions = useMemo(() => searchPoles(poles, query, themeLabel), [poles, query, themeLabel]);
  const count = suggestions.length;
  const expanded = open && count > 0;
  const current = Math.min(active, count - 1);
  const optionId = (index: number) => `${id}-option-${index}`;
  const typed = query.trim() !== '';

  const choose = (suggestion: Suggestion) => {
    setQuery('');
    setOpen(false);
    setActive(0);
    onChoose(suggestion.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!expanded) setActive(step === 1 ? 0 : count - 1);
      else setActive((current + step + count) % count);
      setOpen(true);
    } else if (event.key === 'Enter') {
      const suggestion = expanded ? suggestions[current] : undefined;
      if (suggestion === undefined) return;
      event.preventDefault();
      choose(suggestion);
    } else if (event.key === 'Escape') {
      // A handled Escape stops here: a dialog around the field stays open.
      if (expanded) setOpen(false);
      else if (query !== '') setQuery('');
      else return;
      event.preventDefault();
    }
  };

  const status = !typed
    ? ''
    : count === 0
      ? t('search.none', { query: query.trim() })
      : t('search.found', { count });

  return (
    <div className="search">
      <label className="search-label" htmlFor={`${id}-input`}>
        {t('search.label')}
      </label>
      <div className="search-field">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded ? optionId(current) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={t('search.suggestions')}
          className="search-list"
          hidden={!expanded}
          // The field keeps the focus while an option is clicked.
          onMouseDown={(event) => event.preventDefault()}
        >
          {suggestions.map((suggestion, index) => (
            // The keyboard reaches the options through the field (aria-activedescendant), not one by one.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={suggestion.id}
              id={optionId(index)}
              role="option"
              aria-selected={expanded && index === current}
              className="search-option"
              onClick={() => choose(suggestion)}
              onMouseMove={() => setActive(index)}
            >
              <span className="search-name">{suggestion.name}</span>{' '}
              <span className="search-meta">
                {suggestion.city ?? t('search.cityUnknown')} · {suggestion.theme}
              </span>
            </li>
          ))}
        </ul>
        {open && typed && count === 0 ? (
          <p className="search-empty" aria-hidden="true">
            {status}
          </p>
        ) : null}
      </div>
      <p id={`${id}-hint`} className="visually-hidden">
        {t('search.hint')}
      </p>
      <p className="visually-hidden" role="status">
        {open ? status : ''}
      </p>
    </div>
  );
}
