import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledData } from '../fixtures/dashboard';
import { MembershipCard } from '../../src/features/membership/membership-card';

// The chart is React.lazy: its first import takes a while; later renders still suspend once.
const CHART = { timeout: 5000 };
beforeAll(async () => {
  await import('../../src/components/horizontal-bar-chart');
}, 30_000);

beforeEach(loadBundledData);

// fr-FR puts a no-break space before "%": U+202F with older ICU data, U+00A0 with recent ICU (Node 20.20 ships ICU 78).
const percent = (ratio: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(ratio);

const card = (name: string) => screen.getByRole('region', { name });
const bars = (section: HTMLElement) => section.querySelectorAll('.recharts-bar-rectangle');
const drawnTexts = (section: HTMLElement) =>
  [...section.querySelectorAll('svg text')].map((text) => text.textContent ?? '');

describe('Membership card (Centre poles)', () => {
  it('states the leader with its share, using French no-break spaces', () => {
    expect(percent(0.48)).toMatch(/^48[\u00a0\u202f]%$/);
    render(<MembershipCard />);
    const section = card('Adhérents des pôles du Centre');
    expect(section.querySelector('.takeaway')?.textContent).toBe(
      `Cosmetic Valley rassemble ${percent(0.48)} des adhérents des 4\u00a0pôles du Centre (300 sur 620).`,
    );
    expect(section).toHaveTextContent('Source : DIRECCTE Centre');
  });

  it('draws one bar per Centre pole, each labelled with its count and share', async () => {
    render(<MembershipCard />);
    const section = card('Adhérents des pôles du Centre');
    await waitFor(() => expect(bars(section)).toHaveLength(4), CHART);
    const valueLabels = drawnTexts(section).filter((text) => /^\d+ \(/.test(text));
    expect(valueLabels).toEqual([
      `300 (${percent(0.48)})`,
      `130 (${percent(0.21)})`,
      `110 (${percent(0.18)})`,
      `80 (${percent(0.13)})`,
    ]);
    expect(drawnTexts(section)).toEqual(
      expect.arrayContaining(['Cosmetic Valley', 'Elastopôle', 'DREAM Eau & Milieux']),
    );
    expect(within(section).getByRole('button', { name: 'Graphique' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('switches to a table with a caption and the four poles, largest first', async () => {
    const user = userEvent.setup();
    render(<MembershipCard />);
    const section = card('Adhérents des pôles du Centre');
    await waitFor(() => expect(bars(section)).toHaveLength(4), CHART);

    await user.click(within(section).getByRole('button', { name: 'Tableau' }));

    expect(within(section).getByRole('button', { name: 'Tableau' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(section).getByRole('button', { name: 'Graphique' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(section.querySelector('svg')).toBeNull();
    const table = within(section).getByRole('table', { name: 'Nombre d’adhérents par pôle' });
    const rows = within(table).getAllByRole('row').slice(1);
    const summary = rows.map((row) => [
      within(row).getByRole('rowheader').textContent,
      within(row).getAllByRole('cell')[1]?.textContent,
    ]);
    expect(summary).toEqual([
      ['Cosmetic Valley', '300'],
      ["S2E2 (Sciences et Systèmes de l'Énergie Électrique)", '130'],
      ['Elastopôle', '110'],
      ['DREAM Eau & Milieux', '80'],
    ]);
  });

  it('with “Tous les pôles”, draws every known count, warns they do not add up and lists the unknown ones', async () => {
    const user = userEvent.setup();
    render(<MembershipCard />);
    await waitFor(() => expect(bars(card('Adhérents des pôles du Centre'))).toHaveLength(4), CHART);

    await user.click(screen.getByRole('button', { name: 'Tous les pôles' }));

    const section = card('Adhérents des pôles en vue');
    expect(within(section).getByRole('button', { name: 'Tous les pôles' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // data/poles.csv: 44 poles have a member count, 27 have none.
    await waitFor(() => expect(bars(section)).toHaveLength(44), CHART);
    expect(section).toHaveTextContent(
      'Les effectifs viennent de sources et d’années différentes (2007–2015) et ne comptent pas tous la même chose : ils ne s’additionnent pas.',
    );
    expect(section.querySelector('.takeaway')?.textContent).toMatch(
      /^Aerospace Valley compte le plus d’adhérents parmi les 44\u00a0pôles en vue/,
    );
    // Counts from different years carry their year, not a share.
    expect(drawnTexts(section)).toEqual(expect.arrayContaining(['637 · année ?', '300 · 2014']));
    expect(drawnTexts(section).some((text) => text.includes('%'))).toBe(false);

    const footnote = within(section)
      .getByText(/^Effectif inconnu \(27\) :/)
      .closest('p');
    expect(footnote).toHaveTextContent('Alsace BioValley, Avenia, Capenergies');
    expect(footnote).toHaveTextContent('Xylofutur. Ces pôles ne sont pas dessinés');
    const drawn = drawnTexts(section).join(' | ');
    for (const name of ['Alsace BioValley', 'Capenergies', 'Xylofutur']) expect(drawn).not.toContain(name);
    expect(drawn).toContain('Cosmetic Valley (Centre)');
  });
});
