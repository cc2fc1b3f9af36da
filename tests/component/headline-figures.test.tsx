import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { HeadlineFigures } from '../../src/features/headline/headline-figures';
import { DEFAULT_VIEW } from '../../src/model/view';
import { loadingFiles, readyFiles } from '../fixtures/card-files';
import { centrePoles, PRESS_RELEASE } from '../fixtures/centre-poles';
import { loadChartChunks } from '../fixtures/charts';
import { loadBundledData } from '../fixtures/dashboard';
import { fundingRows, pole } from '../fixtures/rows';
import { filtersOf } from '../fixtures/view';

const figures = () => within(screen.getByRole('list', { name: 'Chiffres clés' })).getAllByRole('listitem');
/** Each key figure as read: its value, then what it counts. */
const figureTexts = () => figures().map((figure) => figure.textContent);

describe('Headline figures (typed rows)', () => {
  const files = () =>
    readyFiles({
      poles: [...centrePoles(), pole({ id: 'aquimer', name: 'Aquimer', region_2013: 'nord-pas-de-calais' })],
      funding: fundingRows(),
      sources: [{ ...PRESS_RELEASE, id: 'direccte-centre-2014-01-07' }],
    });

  it('shows four figures with their sources, each figure focusable to reveal its source', () => {
    render(<HeadlineFigures files={files()} view={DEFAULT_VIEW} />);
    expect(figureTexts()).toEqual([
      expect.stringMatching(/^5pôles de compétitivité nationaux/),
      expect.stringMatching(/^4pôles dont le siège est en région Centre/),
      expect.stringMatching(
        /^620adhésions au total aux 4 pôles du Centresomme calculée ici des chiffres du communiqué de janvier 2014 ; une entreprise peut adhérer à plusieurs pôles/,
      ),
      expect.stringMatching(/^près de 5\u00a0M€de l’État pour les pôles du Centre, 2013-2018/),
    ]);
    expect(screen.getAllByRole('tooltip')).toHaveLength(4);
    for (const figure of figures()) {
      expect(figure).toHaveAttribute('tabindex', '0');
      expect(figure).toHaveAccessibleDescription(
        /^Source : DIRECCTE Centre, «\u00a0Pôles de compétitivité\u00a0», 7 janvier 2014/,
      );
    }
  });

  it('follows the filters, except the funding, which says it does not', () => {
    render(
      <HeadlineFigures
        files={files()}
        view={{ ...DEFAULT_VIEW, filters: filtersOf({ themes: ['energie'] }) }}
      />,
    );
    expect(figureTexts()).toEqual([
      expect.stringMatching(/^1pôle sur 5 dans la sélection/),
      expect.stringMatching(/^1pôle du Centre sur 4 dans la sélection/),
      expect.stringMatching(/^130adhésions au total aux pôles du Centre de la sélectionsomme calculée ici/),
      expect.stringMatching(/ne suit pas les filtres/),
    ]);
  });

  it('holds four busy placeholders while the poles load', () => {
    render(<HeadlineFigures files={loadingFiles} view={DEFAULT_VIEW} />);
    const list = screen.getByRole('list', { name: 'Chiffres clés' });
    expect(list).toHaveAttribute('aria-busy', 'true');
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(list).toHaveTextContent('chargement');
  });

  it('is drawn as a slide with an h2 and one source line', () => {
    render(<HeadlineFigures files={files()} view={DEFAULT_VIEW} slide />);
    const slide = screen.getByRole('region', { name: 'Les pôles de compétitivité en chiffres' });
    expect(within(slide).getAllByRole('listitem')).toHaveLength(4);
    expect(within(slide).queryByRole('tooltip')).toBeNull();
    expect(within(slide).getByText(/^Source :/).textContent).toBe(
      'Source : DIRECCTE Centre, «\u00a0Pôles de compétitivité\u00a0», 7 janvier 2014.',
    );
  });
});

describe('Headline figures in the dashboard (bundled data)', { timeout: 30_000 }, () => {
  beforeAll(loadChartChunks, 30_000);
  beforeEach(loadBundledData);

  it('shows the four key figures of the dataset, each with its source as accessible description', () => {
    render(<App />);
    expect(figureTexts()).toEqual([
      expect.stringMatching(/^71pôles de compétitivité nationaux/),
      expect.stringMatching(/^4pôles dont le siège est en région Centre/),
      expect.stringMatching(/^620adhésions au total aux 4 pôles du Centresomme calculée ici/),
      expect.stringMatching(/^près de 5\u00a0M€de l’État pour les pôles du Centre, 2013-2018/),
    ]);
    for (const figure of figures()) expect(figure).toHaveAccessibleDescription(/^Source : DIRECCTE Centre/);
    const funding = figures().find((figure) => figure.textContent.startsWith('près de'));
    expect(funding).toHaveAccessibleDescription(/« à hauteur de près de 5 M€ sur 6 ans »/);
  });

  it('counts only the poles in the selection once theme Énergie is ticked', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Thème (tous)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Énergie\s*7\s*pôles$/ }));

    // S2E2 is the only Énergie pole seated in région Centre (130 members); the funding is one global amount.
    expect(figureTexts()).toEqual([
      expect.stringMatching(/^7pôles sur 71 dans la sélection/),
      expect.stringMatching(/^1pôle du Centre sur 4 dans la sélection/),
      expect.stringMatching(/^130adhésions au total aux pôles du Centre de la sélectionsomme calculée ici/),
      expect.stringMatching(/^près de 5\u00a0M€.*ne suit pas les filtres/),
    ]);
  });
});
