import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CardDefinition } from '../../src/components/card/card-definition';
import { dashboardFrame } from '../../src/components/card/card-frame';
import { makeCard } from '../../src/components/card/card-model';
import { CardSlot } from '../../src/components/card/card-slot';
import type { FileStates } from '../../src/data/dataset';
import { membershipCard } from '../../src/features/membership/membership-card';
import { DEFAULT_VIEW } from '../../src/model/view';
import { loadingFiles, MEMBERS_IN_WORDS, readyFiles } from '../fixtures/card-files';
import { CENTRE_THEMES, centrePoles, PRESS_RELEASE } from '../fixtures/centre-poles';
import { CHART, loadChartChunks } from '../fixtures/charts';

const TITLE = 'Adhérents des pôles du Centre';
const FRAME = dashboardFrame('light', () => 'Filtres : aucun');

const renderSlot = (files: FileStates, definition: CardDefinition = membershipCard) =>
  render(<CardSlot definition={definition} files={files} view={DEFAULT_VIEW} frame={FRAME} />);

/** The Centre poles loaded, except data/poles.csv which failed, keeping `rows` from an earlier load. */
function polesFailed(rows: ReturnType<typeof centrePoles> | null): FileStates {
  return {
    ...readyFiles({ themes: CENTRE_THEMES, sources: [PRESS_RELEASE] }),
    poles: { status: 'error', issues: [MEMBERS_IN_WORDS], rows },
  };
}

beforeAll(loadChartChunks, 30_000);

describe('CardSlot while the data loads', () => {
  it('holds a busy region named by the card’s title', () => {
    renderSlot(loadingFiles);
    const card = screen.getByRole('region', { name: TITLE });
    expect(card).toHaveAttribute('aria-busy', 'true');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(TITLE);
    expect(card).toHaveTextContent('Chargement des données…');
    expect(within(card).queryByRole('button')).toBeNull();
  });

  it('waits for every file the card needs, not only the first', () => {
    renderSlot({
      ...readyFiles({ poles: centrePoles() }),
      themes: { status: 'loading', rows: null },
    });
    expect(screen.getByRole('region', { name: TITLE })).toHaveAttribute('aria-busy', 'true');
  });

  it('is named by the title of the view it will show, in every state', async () => {
    const allPoles = { ...DEFAULT_VIEW, membersScope: 'all' } as const;
    const { rerender } = render(
      <CardSlot definition={membershipCard} files={loadingFiles} view={allPoles} frame={FRAME} />,
    );
    expect(screen.getByRole('region', { name: 'Adhérents des pôles en vue' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    rerender(
      <CardSlot definition={membershipCard} files={polesFailed(null)} view={allPoles} frame={FRAME} />,
    );
    expect(
      await within(screen.getByRole('region', { name: 'Adhérents des pôles en vue' })).findByRole(
        'alert',
        {},
        CHART,
      ),
    ).toHaveTextContent('Impossible d’afficher « Adhérents des pôles en vue »');
    rerender(
      <CardSlot
        definition={membershipCard}
        files={polesFailed(centrePoles())}
        view={allPoles}
        frame={FRAME}
      />,
    );
    expect(screen.getByRole('region', { name: 'Adhérents des pôles en vue' })).not.toHaveAttribute(
      'aria-busy',
    );
  });

  it('is no longer busy once the files are loaded', () => {
    renderSlot(readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES }));
    expect(screen.getByRole('region', { name: TITLE })).not.toHaveAttribute('aria-busy');
  });
});

describe('CardSlot when a file it needs failed', () => {
  it('is a region with the same name, whose alert names the file, the line and the column', async () => {
    renderSlot(polesFailed(null));
    const card = screen.getByRole('region', { name: TITLE });
    expect(card).not.toHaveAttribute('aria-busy');
    // The panel's code loads when a panel is first shown.
    const alert = await within(card).findByRole('alert', {}, CHART);
    expect(alert).toHaveTextContent(
      `Impossible d’afficher « ${TITLE} » : le fichier data/poles.csv contient 1 erreur.`,
    );
    const issues = within(alert).getByRole('table', { name: 'Erreurs détectées dans les données' });
    expect(
      within(issues)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Ligne', 'Colonne', 'Valeur lue', 'Attendu']);
    expect(
      within(issues)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['16', 'members', 'trois-cents', 'un nombre entier entre 0 et 100000']);
    expect(alert).toHaveTextContent('Corrigez le fichier puis rechargez les données');
    expect(within(card).queryByRole('figure')).toBeNull();
  });

  it('does not mind a failed file it does not need', () => {
    renderSlot({
      ...readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES }),
      funding: { status: 'error', issues: [{ ...MEMBERS_IN_WORDS, file: 'data/funding.csv' }], rows: null },
    });
    const card = screen.getByRole('region', { name: TITLE });
    expect(within(card).queryByRole('alert')).toBeNull();
    expect(within(card).getByText(/^Cosmetic Valley rassemble/)).toBeInTheDocument();
  });

  it('after a failed reload, says so above the card, which keeps the rows loaded before', async () => {
    renderSlot(polesFailed(centrePoles()));
    const alert = await screen.findByRole('alert', {}, CHART);
    expect(alert).toHaveTextContent(
      `Mise à jour impossible, les données précédentes de « ${TITLE} » restent affichées : le fichier data/poles.csv contient 1 erreur.`,
    );
    expect(alert).toHaveTextContent('trois-cents');
    const card = screen.getByRole('region', { name: TITLE });
    expect(card).not.toContainElement(alert);
    expect(within(card).getByText(/^Cosmetic Valley rassemble/)).toHaveTextContent(
      '(300 sur 620 adhésions au total',
    );
  });
});

describe('CardSlot when the builder throws', () => {
  let broken = true;
  const fragile: CardDefinition = {
    id: 'fragile',
    title: () => 'Carte fragile',
    needs: ['poles'],
    reservedHeight: 100,
    inputs: () => [],
    build: (data) => {
      if (broken) throw new Error('données incohérentes');
      return makeCard({
        id: 'fragile',
        title: 'Carte fragile',
        takeaway: `${data.poles.length} pôles, tout va bien.`,
        table: { caption: 'Pôles', columns: [{ key: 'name', label: 'Pôle' }], rows: [] },
        sources: ['Éditeur'],
        exportName: 'fragile',
      });
    },
  };

  it('shows an alert in its place, keeps its sibling, and draws the card again on « Réessayer »', async () => {
    // React reports the caught error with console.error and the boundary logs it with console.warn: expected here.
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    broken = true;
    const user = userEvent.setup();
    const files = readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES, sources: [PRESS_RELEASE] });
    render(
      <>
        <CardSlot definition={fragile} files={files} view={DEFAULT_VIEW} frame={FRAME} />
        <CardSlot definition={membershipCard} files={files} view={DEFAULT_VIEW} frame={FRAME} />
      </>,
    );

    const alert = screen.getByRole('alert', { name: 'Carte fragile' });
    expect(within(alert).getByRole('heading', { name: 'Carte fragile' })).toBeInTheDocument();
    expect(alert).toHaveTextContent(
      'Cette carte n’a pas pu s’afficher (données incohérentes). Les autres vues restent disponibles.',
    );
    const sibling = screen.getByRole('region', { name: TITLE });
    expect(within(sibling).getByText(/^Cosmetic Valley rassemble/)).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith('Carte « Carte fragile » : données incohérentes', expect.any(String));
    expect(error).toHaveBeenCalled();

    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('region', { name: 'Carte fragile' })).toHaveTextContent('4 pôles, tout va bien.');
    expect(screen.getByRole('region', { name: TITLE })).toBeInTheDocument();
  });
});

describe('CardSlot builds its model again only when its inputs change', () => {
  const files = readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES, sources: [PRESS_RELEASE] });
  const spied = () => {
    const build = vi.fn(membershipCard.build);
    return { build, definition: { ...membershipCard, build } };
  };

  it('keeps the model through a change of the view that the card does not read', () => {
    const { build, definition } = spied();
    const { rerender } = render(
      <CardSlot definition={definition} files={files} view={DEFAULT_VIEW} frame={FRAME} />,
    );
    expect(build).toHaveBeenCalledTimes(1);

    rerender(
      <CardSlot
        definition={definition}
        files={files}
        view={{ ...DEFAULT_VIEW, compared: ['s2e2'], crossTab: { ...DEFAULT_VIEW.crossTab, share: 'row' } }}
        frame={FRAME}
      />,
    );
    expect(build).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('region', { name: TITLE })).toHaveTextContent('Cosmetic Valley');
  });

  it('builds it again, and shows it, when a part it reads changes', () => {
    const { build, definition } = spied();
    const { rerender } = render(
      <CardSlot definition={definition} files={files} view={DEFAULT_VIEW} frame={FRAME} />,
    );
    rerender(
      <CardSlot
        definition={definition}
        files={files}
        view={{ ...DEFAULT_VIEW, membersScope: 'all' }}
        frame={FRAME}
      />,
    );
    expect(build).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('region', { name: 'Adhérents des pôles en vue' })).toBeInTheDocument();
  });

  it('builds it again when a file it needs loads anew, and not for a file it does not need', () => {
    const { build, definition } = spied();
    const { rerender } = render(
      <CardSlot definition={definition} files={files} view={DEFAULT_VIEW} frame={FRAME} />,
    );
    rerender(
      <CardSlot
        definition={definition}
        files={{ ...files, funding: { status: 'ready', rows: [] } }}
        view={DEFAULT_VIEW}
        frame={FRAME}
      />,
    );
    expect(build).toHaveBeenCalledTimes(1);
    rerender(
      <CardSlot
        definition={definition}
        files={{ ...files, poles: { status: 'ready', rows: centrePoles().slice(0, 2) } }}
        view={DEFAULT_VIEW}
        frame={FRAME}
      />,
    );
    expect(build).toHaveBeenCalledTimes(2);
  });
});
