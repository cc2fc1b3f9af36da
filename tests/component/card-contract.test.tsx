import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { dashboardFrame, slideFrame } from '../../src/components/card/card-frame';
import { CardSlot } from '../../src/components/card/card-slot';
import { slideSourceLine } from '../../src/components/card/card-model';
import type { FileStates } from '../../src/data/dataset';
import { comparisonCard } from '../../src/features/comparison/comparison-card';
import { membershipCard } from '../../src/features/membership/membership-card';
import { themesCard } from '../../src/features/national-counts/counts-card';
import { polesListCard } from '../../src/features/poles-list/poles-list-card';
import { DEFAULT_VIEW, type CardView, type ViewAction } from '../../src/model/view';
import { readyFiles } from '../fixtures/card-files';
import { CENTRE_THEMES, centrePoles, PRESS_RELEASE, PRESS_RELEASE_CITATION } from '../fixtures/centre-poles';
import { CHART, clickBar, EXACT, loadChartChunks } from '../fixtures/charts';
import { pole, region, source, theme } from '../fixtures/rows';
import { filtersOf } from '../fixtures/view';

const TITLE = 'Adhérents des pôles du Centre';
const DASHBOARD = dashboardFrame('light', () => 'Filtres : aucun');
const SLIDE = slideFrame('light', () => 'Filtres : aucun', 900);

// fr-FR puts a no-break space before "%" (U+00A0 or U+202F depending on the ICU data of the runtime).
const percent = (ratio: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(ratio);

const centreFiles = (): FileStates =>
  readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES, sources: [PRESS_RELEASE] });

/** Every pole in view: two Centre poles counted in 2014, one counted in 2011 by another source, one unknown. */
const mixedFiles = (): FileStates =>
  readyFiles({
    poles: [
      pole(),
      pole({ id: 'dream', name: 'DREAM Eau & Milieux', theme: 'ecotechnologies', members: 80 }),
      pole({
        id: 'systematic',
        name: 'Systematic Paris-Region',
        theme: 'numerique',
        region_2013: 'ile-de-france',
        members: 600,
        members_year: 2011,
        source_id: 'systematic-site',
      }),
      pole({
        id: 'qualitropic',
        name: 'Qualitropic',
        theme: 'agriculture',
        region_2013: 'reunion',
        members: null,
        members_year: null,
      }),
    ],
    themes: [...CENTRE_THEMES, theme('numerique', 'Numérique'), theme('agriculture', 'Agriculture')],
    sources: [PRESS_RELEASE, { ...source('systematic-site'), publisher: 'Systematic', date: '2011-06-01' }],
  });

const SYSTEMATIC_CITATION = 'Systematic, «\u00a0Titre systematic-site\u00a0», 1er juin 2011';

const ALL_POLES: CardView = { ...DEFAULT_VIEW, membersScope: 'all' };

function renderMembership(
  options: {
    files?: FileStates;
    view?: CardView;
    frame?: typeof DASHBOARD;
    onAction?: (action: ViewAction) => void;
  } = {},
) {
  return render(
    <CardSlot
      definition={membershipCard}
      files={options.files ?? centreFiles()}
      view={options.view ?? DEFAULT_VIEW}
      frame={options.frame ?? DASHBOARD}
      onAction={options.onAction}
    />,
  );
}

beforeAll(loadChartChunks, 30_000);

describe('Card contract, dashboard mode (membership of the four Centre poles)', { timeout: 20_000 }, () => {
  it('is a region named by its title, with the title as heading and a one-sentence takeaway', () => {
    renderMembership();
    const card = screen.getByRole('region', { name: TITLE });
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(TITLE);
    expect(within(card).getByText(/^Cosmetic Valley rassemble/).textContent).toBe(
      `Cosmetic Valley rassemble ${percent(300 / 620)} des adhésions des 4\u00a0pôles du Centre (300 sur 620 adhésions au total, somme calculée ici ; une entreprise peut adhérer à plusieurs pôles).`,
    );
  });

  it('draws one bar per pole, largest first, each labelled with its count and share', async () => {
    renderMembership();
    const card = screen.getByRole('region', { name: TITLE });
    const chart = within(card).getByRole('figure', { name: TITLE });
    expect(await within(chart).findByText(`300 (${percent(300 / 620)})`, EXACT, CHART)).toBeInTheDocument();
    for (const label of [
      `130 (${percent(130 / 620)})`,
      `110 (${percent(110 / 620)})`,
      `80 (${percent(80 / 620)})`,
    ])
      expect(within(chart).getByText(label, EXACT)).toBeInTheDocument();
    for (const name of ['Cosmetic Valley', 'S2E2', 'Elastopôle', 'DREAM Eau & Milieux'])
      expect(within(chart).getByText(name)).toBeInTheDocument();
    expect(chart).toHaveAccessibleDescription(/^Cosmetic Valley rassemble/);
  });

  it('switches between « Graphique » and « Tableau »: a real table with its caption and column headers', async () => {
    const user = userEvent.setup();
    renderMembership();
    const card = screen.getByRole('region', { name: TITLE });
    const switcher = within(card).getByRole('group', { name: `Affichage de « ${TITLE} »` });
    const chartButton = within(switcher).getByRole('button', { name: 'Graphique' });
    const tableButton = within(switcher).getByRole('button', { name: 'Tableau' });
    expect(chartButton).toHaveAttribute('aria-pressed', 'true');
    expect(tableButton).toHaveAttribute('aria-pressed', 'false');
    expect(within(card).queryByRole('table')).toBeNull();

    await user.click(tableButton);

    expect(tableButton).toHaveAttribute('aria-pressed', 'true');
    expect(chartButton).toHaveAttribute('aria-pressed', 'false');
    expect(within(card).queryByRole('figure')).toBeNull();
    const table = within(card).getByRole('table', {
      name: 'Nombre d’adhérents par pôle, tel que la source le formule',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Pôle',
      'Thème',
      'Adhérents',
      'Qualificatif de la source',
      'Unité comptée',
      'Libellé de la source',
      'Part de la somme calculée',
      'Année du chiffre',
      'Réserve',
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Cosmetic Valley', 'S2E2', 'Elastopôle', 'DREAM Eau & Milieux']);
    // textContent, not toHaveTextContent: the latter folds the no-break space before « % » into a plain one.
    expect(within(table).getByRole('row', { name: /^Elastopôle/ }).textContent).toBe(
      `ElastopôleChimie et matériaux110aucunnon préciséenon relevé${percent(110 / 620)}2014`,
    );

    await user.click(chartButton);
    expect(within(card).queryByRole('table')).toBeNull();
    expect(await within(card).findByText(`80 (${percent(80 / 620)})`, EXACT, CHART)).toBeInTheDocument();
  });

  it('offers its downloads by accessible names; the images only while the chart is shown', async () => {
    const user = userEvent.setup();
    renderMembership();
    const card = screen.getByRole('region', { name: TITLE });
    const downloads = within(card).getByRole('group', { name: `Télécharger « ${TITLE} »` });
    const csv = within(downloads).getByRole('button', {
      name: `Télécharger les données de « ${TITLE} » en CSV`,
    });
    const png = within(downloads).getByRole('button', { name: `Télécharger « ${TITLE} » en image PNG` });
    const svg = within(downloads).getByRole('button', { name: `Télécharger « ${TITLE} » en image SVG` });
    expect([csv, png, svg].map((button) => button.textContent)).toEqual(['CSV', 'PNG', 'SVG']);
    expect(png).toBeEnabled();
    expect(svg).toBeEnabled();

    await user.click(within(card).getByRole('button', { name: 'Tableau' }));

    expect(png).toBeDisabled();
    expect(svg).toBeDisabled();
    expect(csv).toBeEnabled();
  });

  it('ends with its source line « Source : … . »', () => {
    renderMembership();
    const card = screen.getByRole('region', { name: TITLE });
    expect(within(card).getByText(/^Source :/).textContent).toBe(`Source : ${PRESS_RELEASE_CITATION}.`);
  });

  it('calls onAction with the action of a switch button, whose pressed state follows the view', async () => {
    const user = userEvent.setup();
    const onAction = vi.fn<(action: ViewAction) => void>();
    renderMembership({ onAction });
    const scope = screen.getByRole('group', { name: 'Pôles comptés' });
    expect(within(scope).getByRole('button', { name: 'Pôles du Centre' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(scope).getByRole('button', { name: 'Tous les pôles' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await user.click(within(scope).getByRole('button', { name: 'Tous les pôles' }));

    expect(onAction).toHaveBeenCalledExactlyOnceWith({ type: 'set-members-scope', scope: 'all' });
  });

  it('offers no control without onAction: it only shows', () => {
    renderMembership();
    const card = screen.getByRole('region', { name: TITLE });
    expect(within(card).queryByRole('group', { name: 'Pôles comptés' })).toBeNull();
    expect(within(card).getByRole('button', { name: 'Graphique' })).toBeInTheDocument();
  });
});

describe('Card contract, dashboard mode (membership of every pole in view)', { timeout: 20_000 }, () => {
  const titleAll = 'Adhérents des pôles en vue';

  it('says what must be known as notes, keeps the year of each count and lists the unknown counts', async () => {
    renderMembership({ files: mixedFiles(), view: ALL_POLES });
    const card = screen.getByRole('region', { name: titleAll });
    expect(within(card).getByRole('note')).toHaveTextContent(
      'Les effectifs viennent de sources et d’années différentes (2011–2014) et ne comptent pas tous la même chose (adhérents, membres, entreprises, acteurs, établissements) : ils ne s’additionnent pas.',
    );
    const chart = within(card).getByRole('figure', { name: titleAll });
    expect(await within(chart).findByText('600 · 2011', {}, CHART)).toBeInTheDocument();
    expect(within(chart).getByText('300 · 2014')).toBeInTheDocument();
    expect(within(chart).queryByText(/%/)).toBeNull();
    // Centre poles are marked in words, not by colour alone.
    expect(within(chart).getByText('Cosmetic Valley (Centre)')).toBeInTheDocument();
    expect(within(chart).queryByText(/Qualitropic/)).toBeNull();

    expect(within(card).getByText('Effectif inconnu (1) :')).toBeInTheDocument();
    expect(card).toHaveTextContent(
      'Effectif inconnu (1) : Qualitropic. Ces pôles ne sont pas dessinés : aucune source datée ne donne leur nombre d’adhérents.',
    );
  });

  it('draws its legend as a list of words', async () => {
    renderMembership({ files: mixedFiles(), view: ALL_POLES });
    const legend = await screen.findByRole('list', { name: 'Légende' }, CHART);
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent.trim()),
    ).toEqual(['Pôle dont le siège est en région Centre (mention « Centre »)', 'Autre pôle']);
  });

  it('cites both sources with their dates, that of the largest count first', () => {
    renderMembership({ files: mixedFiles(), view: ALL_POLES });
    const card = screen.getByRole('region', { name: titleAll });
    expect(within(card).getByText(/^Sources :/).textContent).toBe(
      `Sources : ${SYSTEMATIC_CITATION} ; ${PRESS_RELEASE_CITATION}.`,
    );
  });
});

describe('Card contract: an empty card', () => {
  const noMatch: CardView = { ...DEFAULT_VIEW, filters: filtersOf({ themes: ['mer'] }) };

  it('says that nothing matches and offers to reset the filters, which calls onAction', async () => {
    const user = userEvent.setup();
    const onAction = vi.fn<(action: ViewAction) => void>();
    renderMembership({ view: noMatch, onAction });
    const card = screen.getByRole('region', { name: TITLE });
    expect(within(card).getByRole('status')).toHaveTextContent(
      'Aucun des 4 pôles du Centre ne correspond aux filtres.',
    );
    expect(within(card).queryByRole('figure')).toBeNull();

    await user.click(within(card).getByRole('button', { name: 'Réinitialiser les filtres' }));

    expect(onAction).toHaveBeenCalledExactlyOnceWith({ type: 'reset-filters' });
  });

  it('offers no reset when no filter is on, since resetting would change nothing', () => {
    renderMembership({
      files: readyFiles({ poles: [pole({ region_2013: 'bretagne' })], themes: CENTRE_THEMES }),
      onAction: () => undefined,
    });
    const card = screen.getByRole('region', { name: TITLE });
    expect(within(card).getByRole('status')).toHaveTextContent(
      'Aucun des 4 pôles du Centre ne correspond aux filtres.',
    );
    expect(within(card).queryByRole('button', { name: 'Réinitialiser les filtres' })).toBeNull();
  });

  it('offers no reset without onAction', () => {
    renderMembership({ view: noMatch });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Aucun des 4 pôles du Centre ne correspond aux filtres.',
    );
    expect(screen.queryByRole('button', { name: 'Réinitialiser les filtres' })).toBeNull();
  });
  it('offers no reset in an empty list of poles when no filter is on', () => {
    render(
      <CardSlot
        definition={polesListCard}
        files={readyFiles({ poles: [] })}
        view={DEFAULT_VIEW}
        frame={DASHBOARD}
        onAction={() => undefined}
      />,
    );
    const card = screen.getByRole('region', { name: 'Liste des pôles' });
    expect(within(card).getByRole('status')).toHaveTextContent('Aucun pôle ne correspond aux filtres.');
    expect(within(card).queryByRole('button', { name: 'Réinitialiser les filtres' })).toBeNull();
  });
});

describe('Card contract: a placeholder card (the comparison before any pole is picked)', () => {
  it('shows only its title and the takeaway that says what to do', () => {
    render(
      <CardSlot
        definition={comparisonCard}
        files={readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES })}
        view={DEFAULT_VIEW}
        frame={DASHBOARD}
        onAction={() => undefined}
      />,
    );
    const card = screen.getByRole('region', { name: 'Comparaison côte à côte' });
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent('Comparaison côte à côte');
    expect(card).toHaveTextContent(
      'Cochez jusqu’à 4 pôles dans la colonne « Comparer » de la liste ci-dessous pour les voir côte à côte.',
    );
    expect(within(card).queryAllByRole('button')).toEqual([]);
    expect(within(card).queryByRole('table')).toBeNull();
    expect(within(card).queryByText(/^Sources? :/)).toBeNull();
  });
});

describe('Card contract: chips (the comparison of two poles)', () => {
  const comparing: CardView = { ...DEFAULT_VIEW, compared: ['s2e2', 'dream'] };
  const renderComparison = (onAction: (action: ViewAction) => void) =>
    render(
      <CardSlot
        definition={comparisonCard}
        files={readyFiles({
          poles: centrePoles(),
          themes: CENTRE_THEMES,
          regions: [region('centre', true, false, 'Centre')],
          sources: [PRESS_RELEASE],
        })}
        view={comparing}
        frame={DASHBOARD}
        onAction={onAction}
      />,
    );

  it('opens on its table, one column per pole in the order picked', () => {
    renderComparison(() => undefined);
    const card = screen.getByRole('region', { name: 'Comparaison côte à côte' });
    expect(within(card).getByRole('button', { name: 'Tableau' })).toHaveAttribute('aria-pressed', 'true');
    const table = within(card).getByRole('table', { name: 'Comparaison de 2 pôles' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Critère', 'S2E2', 'DREAM Eau & Milieux']);
    expect(within(table).getByRole('row', { name: /^Région du siège \(2013\)/ })).toHaveTextContent(
      'Région du siège (2013)CentreCentre',
    );
  });

  it('lists the compared poles as chips: a chip removes its pole, a button clears them all', async () => {
    const user = userEvent.setup();
    const onAction = vi.fn<(action: ViewAction) => void>();
    renderComparison(onAction);
    const chips = screen.getByRole('list', { name: 'Pôles comparés' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((chip) => chip.getAttribute('aria-label')),
    ).toEqual(['Retirer S2E2 de la comparaison', 'Retirer DREAM Eau & Milieux de la comparaison']);

    await user.click(
      within(chips).getByRole('button', { name: 'Retirer DREAM Eau & Milieux de la comparaison' }),
    );
    expect(onAction).toHaveBeenLastCalledWith({ type: 'toggle-compared', id: 'dream' });

    await user.click(screen.getByRole('button', { name: 'Vider la comparaison' }));
    expect(onAction).toHaveBeenLastCalledWith({ type: 'clear-compared' });
    expect(onAction).toHaveBeenCalledTimes(2);
  });
});

describe('Card contract: row toggles (the list of poles)', () => {
  const renderList = (view: CardView, onAction?: (action: ViewAction) => void) =>
    render(
      <CardSlot
        definition={polesListCard}
        files={readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES })}
        view={view}
        frame={DASHBOARD}
        onAction={onAction}
      />,
    );

  it('is a table by nature: no chart switch, no image download', () => {
    renderList(DEFAULT_VIEW);
    const card = screen.getByRole('region', { name: 'Liste des pôles' });
    expect(within(card).queryByRole('button', { name: 'Graphique' })).toBeNull();
    expect(within(card).queryByRole('button', { name: /en image/ })).toBeNull();
    expect(within(card).getByRole('table', { name: 'Liste des pôles en vue (4 sur 4)' })).toBeInTheDocument();
  });

  it('ticks « Comparer X » to call onAction, with the compared poles ticked', async () => {
    const user = userEvent.setup();
    const onAction = vi.fn<(action: ViewAction) => void>();
    renderList({ ...DEFAULT_VIEW, compared: ['dream'] }, onAction);
    expect(screen.getByRole('columnheader', { name: 'Comparer' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Comparer DREAM Eau & Milieux' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Comparer S2E2' })).not.toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Comparer S2E2' }));

    expect(onAction).toHaveBeenCalledExactlyOnceWith({ type: 'toggle-compared', id: 's2e2' });
  });

  it('disables the unticked boxes once four poles are compared', () => {
    renderList(
      { ...DEFAULT_VIEW, compared: ['dream', 'cosmetic-valley', 'elastopole', 'autre'] },
      () => undefined,
    );
    expect(screen.getByRole('checkbox', { name: 'Comparer S2E2' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Comparer Elastopôle' })).toBeEnabled();
  });

  it('has no « Comparer » column without onAction', () => {
    renderList(DEFAULT_VIEW);
    expect(screen.queryByRole('columnheader', { name: 'Comparer' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});

describe('Card contract: a click on a bar (the themes card)', { timeout: 20_000 }, () => {
  const themeFiles = () =>
    readyFiles({
      poles: [
        pole({ id: 'a', theme: 'energie' }),
        pole({ id: 'b', theme: 'energie' }),
        pole({ id: 'c', theme: 'mer' }),
      ],
      themes: [theme('energie', 'Énergie'), theme('mer', 'Mer')],
    });

  it('toggles the filter of that bar through onAction, and says so in a hint', async () => {
    const onAction = vi.fn<(action: ViewAction) => void>();
    render(
      <CardSlot
        definition={themesCard}
        files={themeFiles()}
        view={DEFAULT_VIEW}
        frame={DASHBOARD}
        onAction={onAction}
      />,
    );
    const card = screen.getByRole('region', { name: 'Pôles par thème' });
    expect(card).toHaveTextContent(
      'Cliquez sur une barre pour filtrer (ou utilisez les filtres en haut de page).',
    );
    const chart = within(card).getByRole('figure', { name: 'Pôles par thème' });
    await within(chart).findByText('Énergie', {}, CHART);

    clickBar(chart, 'mer');

    expect(onAction).toHaveBeenCalledExactlyOnceWith({
      type: 'toggle-filter',
      dimension: 'themes',
      id: 'mer',
    });
  });

  it('marks the selected bars with ✓ and says what ✓ means', async () => {
    render(
      <CardSlot
        definition={themesCard}
        files={themeFiles()}
        view={{ ...DEFAULT_VIEW, filters: filtersOf({ themes: ['mer'] }) }}
        frame={DASHBOARD}
        onAction={() => undefined}
      />,
    );
    const card = screen.getByRole('region', { name: 'Pôles par thème' });
    expect(await within(card).findByText('✓ Mer', {}, CHART)).toBeInTheDocument();
    expect(within(card).getByText('Énergie')).toBeInTheDocument();
    expect(card).toHaveTextContent('✓ marque un filtre actif');
    expect(await within(card).findByRole('list', { name: 'Légende' }, CHART)).toHaveTextContent(
      'Filtre actif (✓ devant le nom)',
    );
  });

  it('shows no hint when nothing can be clicked', () => {
    render(<CardSlot definition={themesCard} files={themeFiles()} view={DEFAULT_VIEW} frame={DASHBOARD} />);
    expect(screen.getByRole('region', { name: 'Pôles par thème' })).not.toHaveTextContent(
      'Cliquez sur une barre',
    );
  });
});

describe('Card contract, slide mode (the same membership model)', { timeout: 20_000 }, () => {
  it('shows the title as h2, the takeaway as caption, the chart and one short source line, without toolbar', async () => {
    renderMembership({ frame: SLIDE, onAction: () => undefined });
    const card = screen.getByRole('region', { name: TITLE });
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(TITLE);
    expect(within(card).queryByRole('heading', { level: 3 })).toBeNull();
    expect(within(card).getByText(/^Cosmetic Valley rassemble/).textContent).toBe(
      `Cosmetic Valley rassemble ${percent(300 / 620)} des adhésions des 4\u00a0pôles du Centre (300 sur 620 adhésions au total, somme calculée ici ; une entreprise peut adhérer à plusieurs pôles).`,
    );
    const chart = within(card).getByRole('figure', { name: TITLE });
    expect(await within(chart).findByText(`300 (${percent(300 / 620)})`, EXACT, CHART)).toBeInTheDocument();
    expect(within(card).getByText(/^Source :/).textContent).toBe(`Source : ${PRESS_RELEASE_CITATION}.`);
    // No chart/table switch, no control, no download: a slide is for the room, not for the mouse.
    expect(within(card).queryAllByRole('button')).toEqual([]);
    expect(within(card).queryByRole('group')).toBeNull();
  });

  it('cites the first source and counts the others, in one line', () => {
    renderMembership({ files: mixedFiles(), view: ALL_POLES, frame: SLIDE });
    const card = screen.getByRole('region', { name: 'Adhérents des pôles en vue' });
    const line = within(card).getByText(/^Sources :/).textContent;
    expect(line).toBe(`Sources : ${SYSTEMATIC_CITATION} et 1 autre, citée dans le tableau de bord.`);
    expect(line).toBe(slideSourceLine([SYSTEMATIC_CITATION, PRESS_RELEASE_CITATION]));
  });

  it('keeps a bar click on a slide, so that a deck can filter its own view', async () => {
    const onAction = vi.fn<(action: ViewAction) => void>();
    render(
      <CardSlot
        definition={themesCard}
        files={readyFiles({ poles: [pole({ theme: 'energie' })], themes: [theme('energie', 'Énergie')] })}
        view={DEFAULT_VIEW}
        frame={SLIDE}
        onAction={onAction}
      />,
    );
    const chart = screen.getByRole('figure', { name: 'Pôles par thème' });
    await within(chart).findByText('Énergie', {}, CHART);
    expect(screen.queryByText(/Cliquez sur une barre/)).toBeNull();

    clickBar(chart, 'energie');

    expect(onAction).toHaveBeenCalledExactlyOnceWith({
      type: 'toggle-filter',
      dimension: 'themes',
      id: 'energie',
    });
  });
});
