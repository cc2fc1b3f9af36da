import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadBundledData } from '../fixtures/dashboard';
import { FilterPanel } from '../../src/features/filters/filter-panel';
import { HeadlineFigures } from '../../src/features/headline/headline-figures';

beforeEach(loadBundledData);

const figures = () => within(screen.getByRole('list', { name: 'Chiffres clés' })).getAllByRole('listitem');

const valueOf = (figure: HTMLElement) => figure.querySelector('.key-value')?.textContent;

describe('Headline figures', () => {
  it('shows the four key figures of the dataset on load', () => {
    render(<HeadlineFigures />);
    const items = figures();
    expect(items).toHaveLength(4);
    expect(items.map(valueOf)).toEqual(['71', '4', '620', 'près de 5\u00a0M€']);
    const [national, centre, members, funding] = items;
    expect(national).toHaveTextContent('pôles de compétitivité nationaux');
    expect(centre).toHaveTextContent('pôles dont le siège est en région Centre');
    expect(members).toHaveTextContent('adhérents des 4 pôles du Centre');
    expect(funding).toHaveTextContent('de l’État pour les pôles du Centre, 2013-2018');
  });

  it('exposes the source of every figure as its accessible description', () => {
    render(<HeadlineFigures />);
    const items = figures();
    expect(screen.getAllByRole('tooltip')).toHaveLength(4);
    for (const figure of items) {
      const tip = document.getElementById(figure.getAttribute('aria-describedby') ?? '');
      expect(tip).toHaveAttribute('role', 'tooltip');
      expect(figure).toContainElement(tip);
      expect(figure).toHaveAccessibleDescription(/^Source : DIRECCTE Centre/);
    }
    expect(items[3]).toHaveAccessibleDescription(/« à hauteur de près de 5 M€ sur 6 ans »/);
  });

  it('counts only the poles in the selection once theme Énergie is ticked', async () => {
    const user = userEvent.setup();
    render(
      <>
        <FilterPanel />
        <HeadlineFigures />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Thème (tous)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Énergie\s*7\s*pôles$/ }));

    const items = figures();
    // S2E2 is the only Énergie pole seated in région Centre (130 members); the funding is one global
    // amount that does not follow the filters.
    expect(items.map(valueOf)).toEqual(['7', '1', '130', 'près de 5\u00a0M€']);
    const [national, centre, , funding] = items;
    expect(national).toHaveTextContent('pôles sur 71 dans la sélection');
    expect(centre).toHaveTextContent('pôle du Centre sur 4 dans la sélection');
    expect(funding).toHaveTextContent('ne suit pas les filtres');
  });
});
