import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { SearchBox } from '../../src/features/search/search-box';
import { EN } from '../fixtures/i18n';
import { pole } from '../fixtures/rows';

const POLES = [
  pole({ id: 'elastopole', name: 'Elastopôle', theme: 'chimie', hq_city: 'Orléans' }),
  pole({ id: 'dream', name: 'DREAM Eau & Milieux', theme: 'eau', hq_city: null }),
];

function renderSearch() {
  render(
    <I18nProvider i18n={EN}>
      <SearchBox poles={POLES} themeLabel={(id) => `${id} (en)`} onChoose={() => undefined} />
    </I18nProvider>,
  );
  return screen.getByRole('combobox', { name: 'Search for a cluster or a city' });
}

describe('Search combobox in English', () => {
  it('labels the field, the list and the hint in English and counts the suggestions', async () => {
    const user = userEvent.setup();
    const box = renderSearch();
    expect(box).toHaveAttribute('placeholder', 'e.g. Elastopôle, Orléans');
    expect(box).toHaveAccessibleDescription('Name or city of the headquarters, with or without accents.');
    await user.type(box, 'e');
    const options = within(screen.getByRole('listbox', { name: 'Suggested clusters' })).getAllByRole(
      'option',
    );
    expect(options.map((option) => option.textContent)).toEqual([
      'Elastopôle Orléans · chimie (en)',
      'DREAM Eau & Milieux city not found · eau (en)',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 suggestions, the first one highlighted: up and down arrows to choose, Enter to open the profile.',
    );
  });

  it('says in English when nothing matches', async () => {
    const user = userEvent.setup();
    const box = renderSearch();
    await user.type(box, 'zzz');
    expect(screen.getByRole('status').textContent).toBe('No cluster or city matches “zzz”.');
  });
});
