import type { Locator, Page } from '@playwright/test';
import { card, expect, test } from './fixtures';

/** What the keyboard lands on at one Tab stop. */
interface Stop {
  readonly tag: string;
  readonly role: string | null;
  readonly name: string;
  /** Title of the card or landmark list the stop belongs to, if any. */
  readonly within: string | null;
  readonly outlineStyle: string;
  readonly outlineWidth: number;
  readonly boxShadow: string;
  /** Share of the element, sampled on a grid, that is on screen and not covered by another element. */
  readonly visibleShare: number;
}

// The list alone holds about 230 stops: per pole, its name (a link to its profile), its box and its source.
const MAX_TABS = 400;

async function openDashboard(page: Page, path = './') {
  await page.goto(path);
  await expect(page.getByRole('status').filter({ hasText: 'fichiers de données chargés' })).toBeVisible();
  await expect(card(page, 'Pôles par thème').locator('.recharts-bar-rectangle')).toHaveCount(13);
}

const focusedStop = (page: Page): Promise<Stop> =>
  page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    const style = getComputedStyle(element);
    const labelled = element.getAttribute('aria-label');
    // A form control is named by its <label>, without the control's own text (a select's options).
    const labelElement =
      element instanceof HTMLSelectElement || element instanceof HTMLInputElement
        ? (element.labels?.[0] ?? null)
        : null;
    const label =
      labelElement === null
        ? null
        : [...labelElement.childNodes]
            .filter((node) => node !== element && !node.contains(element))
            .map((node) => node.textContent ?? '')
            .join('');
    const box = element.getBoundingClientRect();
    let visible = 0;
    const samples = 6;
    for (let i = 0; i < samples; i++)
      for (let j = 0; j < samples; j++) {
        const x = box.left + ((i + 0.5) * box.width) / samples;
        const y = box.top + ((j + 0.5) * box.height) / samples;
        if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit !== null && (hit === element || element.contains(hit))) visible++;
      }
    const cardTitle = element.closest('section.card')?.querySelector('h3')?.textContent ?? null;
    const list = element.closest('[aria-label="Chiffres clés"]')?.getAttribute('aria-label') ?? null;
    return {
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute('role'),
      name: (labelled ?? label ?? element.textContent).replace(/\s+/g, ' ').trim(),
      within: cardTitle ?? list,
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      visibleShare: visible / (samples * samples),
    };
  });

/** Presses Tab until `target` has the focus; returns the number of presses. */
async function tabTo(page: Page, target: Locator, max = MAX_TABS): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`not reached with ${max} presses of Tab: ${String(target)}`);
}

test.describe('a keyboard-only walk through the dashboard', () => {
  test('reaches every control in a sensible order, always with a visible focus, and never traps it', async ({
    guardedPage: page,
  }, testInfo) => {
    test.slow();
    await openDashboard(page);
    const stops: Stop[] = [];
    let wrapped = false;
    for (let press = 0; press < MAX_TABS; press++) {
      await page.keyboard.press('Tab');
      const stop = await focusedStop(page);
      if (stop.tag === 'body' || (stops.length > 0 && stop.name === 'Aller au contenu')) {
        wrapped = true;
        break;
      }
      stops.push(stop);
    }
    await testInfo.attach('tab-stops.json', {
      body: JSON.stringify(stops, null, 2),
      contentType: 'application/json',
    });
    // (iv) No trap: past the last control, the focus leaves the page or comes back to the top.
    expect(wrapped, `still walking after ${MAX_TABS} presses of Tab`).toBe(true);
    expect(stops.length).toBeGreaterThan(40);

    // (ii) The first stop is the skip link.
    expect(stops[0]).toMatchObject({ tag: 'a', name: 'Aller au contenu' });

    // (i) Every stop shows a focus indicator, at least partly on screen.
    const unmarked = stops.filter(
      (stop) => !((stop.outlineStyle !== 'none' && stop.outlineWidth >= 2) || stop.boxShadow !== 'none'),
    );
    expect(
      unmarked.map((stop) => `${stop.tag} ${stop.name}`),
      'stops without focus indicator',
    ).toEqual([]);
    const hidden = stops.filter((stop) => stop.visibleShare === 0);
    expect(
      hidden.map((stop) => `${stop.tag} ${stop.name}`),
      'focused but entirely hidden',
    ).toEqual([]);

    // (iii) A sensible order: header tools, filters, key figures, cards in reading order, footer.
    const where = (label: string, match: (stop: Stop) => boolean) => {
      const indexes = stops.flatMap((stop, index) => (match(stop) ? [index] : []));
      expect(indexes.length, `stops for ${label}`).toBeGreaterThan(0);
      const first = indexes[0] ?? -1;
      const last = indexes.at(-1) ?? -1;
      // A group's stops follow one another: nothing else is interleaved.
      expect(last - first + 1, `${label} is reached in one go`).toBe(indexes.length);
      return { label, first, last };
    };
    const named = (name: string) => (stop: Stop) => stop.name === name && stop.within === null;
    const inCard = (title: string | RegExp) => (stop: Stop) =>
      stop.within !== null && (typeof title === 'string' ? stop.within === title : title.test(stop.within));
    const order = [
      where('deck picker', (stop) => stop.tag === 'select' && stop.name === 'Diapositives à présenter'),
      where('Présenter', named('Présenter')),
      where('theme switch Auto', named('Auto')),
      where('theme switch Clair', named('Clair')),
      where('theme switch Sombre', named('Sombre')),
      where('reload', named('Recharger les données')),
      where('import', named('Importer des données')),
      where('theme filter', (stop) => stop.name.startsWith('Thème (')),
      where('region filter', (stop) => stop.name.startsWith('Région du siège (2013) (')),
      where('status filter', (stop) => stop.name.startsWith('Statut (')),
      where('year filter', (stop) => stop.name.startsWith('Année du label (')),
      where('2012 class filter', (stop) => stop.name.startsWith('Évaluation 2012 (')),
      where('region map 2013', named('Régions de 2013')),
      where('region map 2016', named('Régions de 2016')),
      where('headline figures', (stop) => stop.within === 'Chiffres clés'),
      where('membership card', inCard('Adhérents des pôles du Centre')),
      where('funding card', inCard(/^Financement de l’État/)),
      where('themes card', inCard('Pôles par thème')),
      where('regions card', inCard('Pôles par région du siège (régions de 2013)')),
      where('status card', inCard('Pôles par statut au label')),
      where('year card', inCard('Pôles par année du premier label')),
      where('2012 class card', inCard('Pôles par classe à l’évaluation de 2012')),
      where('list of poles', inCard('Liste des pôles')),
      where('timeline', inCard('Chronologie de la politique des pôles')),
      where('footer link', named('Accessibilité : non conforme')),
    ];
    for (let index = 1; index < order.length; index++) {
      const before = order[index - 1];
      const after = order[index];
      expect(before?.last, `${before?.label ?? '?'} before ${after?.label ?? '?'}`).toBeLessThan(
        after?.first ?? -1,
      );
    }
    expect(stops.filter((stop) => stop.within === 'Chiffres clés')).toHaveLength(4);
    // The filter bar: one control per facet, then the map of regions, nothing else before the key figures.
    const firstFigure = stops.findIndex((stop) => stop.within === 'Chiffres clés');
    const importer = stops.findIndex((stop) => stop.name === 'Importer des données');
    expect(
      stops.slice(importer + 1, firstFigure).map((stop) => stop.name.replace(/[▾▴]/g, '').trim()),
    ).toEqual([
      'Thème (tous)',
      'Région du siège (2013) (tous)',
      'Statut (tous)',
      'Année du label (tous)',
      'Évaluation 2012 (tous)',
      'Régions de 2013',
      'Régions de 2016',
    ]);
    // Each facet card: its view switch and its downloads, like the themes card.
    for (const title of [
      'Pôles par statut au label',
      'Pôles par année du premier label',
      'Pôles par classe à l’évaluation de 2012',
    ])
      expect(
        stops.filter(inCard(title)).map((stop) => stop.name.split(' « ')[0]),
        title,
      ).toEqual(stops.filter(inCard('Pôles par thème')).map((stop) => stop.name.split(' « ')[0]));
    // The membership card: its view switch, its scope switch, its downloads (PNG, SVG, CSV, Excel), then « Intégrer ».
    expect(
      stops.filter(inCard('Adhérents des pôles du Centre')).map((stop) => stop.name.split(' « ')[0]),
    ).toEqual([
      'Graphique',
      'Tableau',
      'Pôles du Centre',
      'Tous les pôles',
      'Télécharger',
      'Télécharger',
      'Télécharger les données de',
      'Télécharger les données de',
      'Intégrer',
    ]);
    // The footer link is the last stop.
    expect(stops.at(-1)).toMatchObject({ tag: 'a', name: 'Accessibilité : non conforme' });

    // (iv) Shift+Tab from the last stop goes back, and Tab comes round to the skip link again.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name: 'Accessibilité : non conforme' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    expect((await focusedStop(page)).name).toBe(stops.at(-2)?.name);
    await page.keyboard.press('Shift+Tab');
    expect((await focusedStop(page)).name).toBe(stops.at(-3)?.name);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Accessibilité : non conforme' })).toBeFocused();
  });

  test('the skip link jumps over the header and the filters to the key figures', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#contenu')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('list', { name: 'Chiffres clés' }).getByRole('listitem').first(),
    ).toBeFocused();
  });
});

test.describe('every mouse action has a keyboard twin', () => {
  test('filtering by theme Énergie with the keyboard gives the same view as clicking its bar', async ({
    guardedPage: page,
  }) => {
    const count = page.getByRole('status').filter({ hasText: /pôles? sur 71|aucun filtre/ });

    // With the mouse.
    await openDashboard(page);
    await expect(count).toHaveText('71\u00a0pôles, aucun filtre');
    await card(page, 'Pôles par thème').locator('[data-bar-id="energie"]').click();
    await expect(page).toHaveURL(/\?theme=energie$/);
    await expect(count).toHaveText(/pôles? sur 71/);
    const mouse = { search: new URL(page.url()).search, count: await count.textContent() };

    // With the keyboard only, from the top of a fresh page.
    await openDashboard(page, './');
    await expect(count).toHaveText('71\u00a0pôles, aucun filtre');
    const control = page.getByRole('button', { name: /^Thème \(/ });
    await tabTo(page, control);
    await expect(control).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(control).toHaveAttribute('aria-expanded', 'true');
    const energie = page.getByRole('checkbox', { name: /^Énergie/ });
    const presses = await tabTo(page, energie, 30);
    expect(presses).toBeGreaterThan(0);
    await expect(energie).not.toBeChecked();
    await page.keyboard.press('Space');
    await expect(energie).toBeChecked();
    await expect(page).toHaveURL(/\?theme=energie$/);
    expect(new URL(page.url()).search).toBe(mouse.search);
    await expect(count).toHaveText(mouse.count ?? '');
    await page.keyboard.press('Escape');
    await expect(control).toBeFocused();
    await expect(control).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeVisible();
  });

  test('Enter on a column header sorts the list as a click does', async ({ guardedPage: page }) => {
    await openDashboard(page);
    const list = card(page, 'Liste des pôles');
    const names = list.locator('tbody th');
    const header = list.getByRole('columnheader', { name: 'Adhérents', exact: true });
    const initial = await names.allTextContents();
    expect(initial).toHaveLength(71);
    await expect(header).toHaveAttribute('aria-sort', 'none');

    // With the mouse.
    await list.getByRole('button', { name: 'Adhérents', exact: true }).click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const clicked = await names.allTextContents();
    expect(clicked).not.toEqual(initial);

    // With the keyboard, on a fresh page.
    await openDashboard(page);
    await expect(header).toHaveAttribute('aria-sort', 'none');
    await tabTo(page, list.getByRole('button', { name: 'Adhérents', exact: true }));
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(await names.allTextContents()).toEqual(clicked);
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await names.allTextContents()).not.toEqual(clicked);
  });

  test('Space on “Tableau” switches a card to its table', async ({ guardedPage: page }) => {
    await openDashboard(page);
    const membership = card(page, 'Adhérents des pôles du Centre');
    const table = membership.getByRole('button', { name: 'Tableau' });
    await expect(membership.locator('.recharts-bar-rectangle')).toHaveCount(4);
    await expect(membership.getByRole('table')).toHaveCount(0);
    await tabTo(page, table);
    await page.keyboard.press('Space');
    await expect(table).toHaveAttribute('aria-pressed', 'true');
    await expect(membership.getByRole('button', { name: 'Graphique' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(membership.getByRole('table')).toBeVisible();
    await expect(membership.getByRole('table').getByRole('row')).toHaveCount(5);
    await expect(membership.locator('.recharts-bar-rectangle')).toHaveCount(0);
    await expect(table).toBeFocused();
  });

  test('the presentation opens with Enter, moves with the arrows, keeps the focus inside, leaves with Escape', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page);
    const present = page.getByRole('button', { name: 'Présenter' });
    await tabTo(page, present, 10);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Présentation « / });
    await expect(dialog).toHaveAccessibleName(
      'Présentation « Vue actuelle (filtres en cours) » : diapositive 1 sur 7',
    );
    await expect(dialog).toBeFocused();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByText('2 / 7', { exact: true })).toBeVisible();
    expect(new URL(page.url()).search).toBe('?present=1&slide=2');

    // Tab stays in the deck (or leaves the page for the browser), never reaches the dashboard behind.
    const reached: string[] = [];
    for (let press = 0; press < 8; press++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const element = document.activeElement;
          if (element === null || element === document.body) return 'body';
          const where = element.closest('[role="dialog"]') === null ? 'outside' : 'dialog';
          return `${where}: ${element.getAttribute('aria-label') ?? element.textContent}`;
        }),
      );
    }
    expect(reached.filter((stop) => stop.startsWith('outside'))).toEqual([]);
    expect(reached).toContain('dialog: Diapositive précédente');
    expect(reached).toContain('dialog: Diapositive suivante');
    expect(reached).toContain('dialog: Quitter (Échap)');

    // Enter on the focused “next” button moves too.
    await dialog.getByRole('button', { name: 'Diapositive suivante' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('3 / 7', { exact: true })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(present).toBeFocused();
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  });
});
