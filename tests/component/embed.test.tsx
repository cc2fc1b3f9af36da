import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';
import { dashboardFrame, type EmbedCodes } from '../../src/components/card/card-frame';
import { CardSlot } from '../../src/components/card/card-slot';
import { membershipCard } from '../../src/features/membership/membership-card';
import { DEFAULT_VIEW } from '../../src/model/view';
import { useDashboard } from '../../src/store/store';
import { readyFiles } from '../fixtures/card-files';
import { CENTRE_THEMES, centrePoles, PRESS_RELEASE } from '../fixtures/centre-poles';
import { CHART, loadChartChunks } from '../fixtures/charts';
import { loadBundledData } from '../fixtures/dashboard';
import { filtersOf } from '../fixtures/view';

const TITLE = 'Adhérents des pôles du Centre';

beforeAll(loadChartChunks, 30_000);

describe('A card alone for an iframe (?embed=)', { timeout: 30_000 }, () => {
  beforeEach(loadBundledData);

  function embed(id: string): void {
    act(() => {
      useDashboard.getState().setFilters(filtersOf({ themes: ['energie'] }));
      useDashboard.setState({ embed: id });
    });
  }

  it('draws that card alone, its title the page’s heading, with the filters in words and the full dashboard', async () => {
    embed('adherents');
    render(<App />);
    // The embedded page's code loads on its own.
    const heading = await screen.findByRole('heading', { level: 1 }, CHART);
    const main = screen.getByRole('main');
    expect(main).toContainElement(heading);
    expect(heading).toHaveTextContent(TITLE);
    expect(screen.getAllByRole('heading')).toHaveLength(1);
    expect(await within(main).findByText(/compte 130 adhérents/, {}, CHART)).toBeInTheDocument();
    expect(within(main).getByText('Filtres : thème Énergie', { exact: true })).toBeInTheDocument();
    expect(within(main).getByText(/^Source : DIRECCTE Centre/)).toBeInTheDocument();

    // No header, filter bar, search, skip link, footer or other card.
    expect(screen.queryByRole('heading', { name: 'Pôles de compétitivité : tableau de bord' })).toBeNull();
    expect(document.querySelector('.page-footer')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Filtres' })).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Aller au contenu' })).toBeNull();
    expect(screen.getAllByRole('region')).toHaveLength(1);

    const link = screen.getByRole('link', {
      name: 'Voir le tableau de bord complet (s’ouvre dans un nouvel onglet)',
    });
    expect(link).toHaveAttribute('href', 'http://localhost:3000/?theme=energie');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(document.title).toBe(`${TITLE} – Pôles de compétitivité`);
  });

  it('is read-only: no control changes the view the host chose, and no « Intégrer » inside an embed', async () => {
    embed('adherents');
    render(<App />);
    await screen.findByText(/compte 130 adhérents/, {}, CHART);
    expect(screen.queryByRole('button', { name: 'Tous les pôles' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Intégrer/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Tableau' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: `Télécharger les données de « ${TITLE} » en CSV` }),
    ).toBeInTheDocument();
  });

  it('names an unknown card and lists the ids there are, instead of a blank page', async () => {
    embed('camembert');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Graphique introuvable');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Aucun graphique ne porte l’identifiant « camembert ».',
    );
    for (const id of [
      'adherents',
      'financement',
      'themes',
      'regions',
      'carte',
      'croise',
      'liste',
      'chronologie',
    ])
      expect(screen.getByText(id, { exact: true, selector: 'code' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Voir le tableau de bord complet/ })).toBeInTheDocument();
  });

  it('says that « embed= » is empty', async () => {
    embed('');
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'L’adresse ne dit pas quel graphique afficher',
    );
  });
});

describe('« Intégrer » on a card', { timeout: 30_000 }, () => {
  const CODES: EmbedCodes = {
    iframe: '<iframe src="https://exemple.fr/?embed=adherents&amp;theme=energie"></iframe>',
    link: 'https://exemple.fr/?embed=adherents&theme=energie',
  };
  const codesFor = vi.fn((id: string, title: string): EmbedCodes =>
    id === 'adherents' && title === TITLE ? CODES : { iframe: '', link: '' },
  );

  function renderCard() {
    return render(
      <CardSlot
        definition={membershipCard}
        files={readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES, sources: [PRESS_RELEASE] })}
        view={DEFAULT_VIEW}
        frame={dashboardFrame('light', () => 'Filtres : aucun', codesFor)}
      />,
    );
  }

  const openButton = () => screen.getByRole('button', { name: `Intégrer « ${TITLE} » dans un autre site` });
  // French typography: narrow no-break spaces inside the quotes.
  const dialog = () => screen.getByRole('dialog', { name: `Intégrer «\u202f${TITLE}\u202f»` });
  // The dialog's code loads when it first opens.
  const dialogShown = () => screen.findByRole('dialog', { name: `Intégrer «\u202f${TITLE}\u202f»` }, CHART);

  it('opens a modal dialog with the iframe code and the direct link, the code focused', async () => {
    const user = userEvent.setup();
    renderCard();
    expect(openButton()).toHaveTextContent('Intégrer');
    expect(openButton()).toHaveAttribute('aria-haspopup', 'dialog');
    await user.click(openButton());
    await dialogShown();
    expect(codesFor).toHaveBeenCalledWith('adherents', TITLE);
    expect(dialog()).toHaveAttribute('aria-modal', 'true');
    const code = within(dialog()).getByRole('textbox', { name: 'Code d’intégration (iframe)' });
    expect(code).toHaveValue(CODES.iframe);
    expect(code).toHaveAttribute('readonly');
    expect(code).toHaveFocus();
    expect(within(dialog()).getByRole('textbox', { name: 'Lien direct vers le graphique seul' })).toHaveValue(
      CODES.link,
    );
    // The rest of the page is out of reach while it is open.
    expect(openButton().closest('[inert]')).not.toBeNull();
  });

  it('copies each code and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderCard();
    await user.click(openButton());
    await dialogShown();
    await user.click(within(dialog()).getByRole('button', { name: 'Copier le code' }));
    expect(writeText).toHaveBeenLastCalledWith(CODES.iframe);
    expect(within(dialog()).getByRole('status')).toHaveTextContent('Copié : le code d’intégration.');
    await user.click(within(dialog()).getByRole('button', { name: 'Copier le lien' }));
    expect(writeText).toHaveBeenLastCalledWith(CODES.link);
    expect(within(dialog()).getByRole('status')).toHaveTextContent('Copié : le lien direct.');
    expect(await navigator.clipboard.readText()).toBe(CODES.link);
  });

  it('when the browser refuses the copy, selects the text and says how to copy it by hand', async () => {
    const user = userEvent.setup();
    renderCard();
    await user.click(openButton());
    await dialogShown();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Refusé', 'NotAllowedError'),
    );
    await user.click(within(dialog()).getByRole('button', { name: 'Copier le lien' }));
    const link = within(dialog()).getByRole('textbox', { name: 'Lien direct vers le graphique seul' });
    expect(link).toHaveFocus();
    expect(within(dialog()).getByRole('status')).toHaveTextContent(
      'Le navigateur a refusé la copie : le texte est sélectionné, copiez-le avec Ctrl+C',
    );
  });

  it('keeps Tab inside, closes on Escape and gives the focus back to « Intégrer »', async () => {
    const user = userEvent.setup();
    renderCard();
    openButton().focus();
    await user.keyboard('{Enter}');
    await dialogShown();
    const inside = within(dialog());
    const close = inside.getByRole('button', { name: 'Fermer' });
    close.focus();
    await user.tab();
    expect(inside.getByRole('textbox', { name: 'Code d’intégration (iframe)' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(close).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(openButton()).toHaveFocus();
    expect(openButton().closest('[inert]')).toBeNull();
  });

  it('closes with « Fermer » too', async () => {
    const user = userEvent.setup();
    renderCard();
    await user.click(openButton());
    await dialogShown();
    await user.click(within(dialog()).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(openButton()).toHaveFocus();
  });

  it('is not offered where the frame gives no codes', () => {
    render(
      <CardSlot
        definition={membershipCard}
        files={readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES, sources: [PRESS_RELEASE] })}
        view={DEFAULT_VIEW}
        frame={dashboardFrame('light', () => 'Filtres : aucun')}
      />,
    );
    expect(screen.queryByRole('button', { name: /^Intégrer/ })).toBeNull();
  });
});
