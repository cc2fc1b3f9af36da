import { readFile } from 'node:fs/promises';
import { card, expect, test } from './fixtures';
import { pdfPageCount } from './png';

// The chart cards that must print whole; only the long list may break across pages.
const CHART_CARDS = [
  'Adhérents des pôles du Centre',
  'Financement de l’État aux pôles du Centre, 2013-2018 (M€)',
  'Pôles par thème',
  'Pôles par région du siège (régions de 2013)',
  'Pôles par statut au label',
  'Pôles par année du premier label',
  'Pôles par classe à l’évaluation de 2012',
  'Chronologie de la politique des pôles',
] as const;
const CARD_TITLES = [...CHART_CARDS, 'Liste des pôles'];

test.describe('printed handout', () => {
  test('print hides the controls, states the filters and the data date, and keeps cards whole', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?theme=energie');
    const header = page.locator('.print-header');
    await expect(card(page, 'Adhérents des pôles du Centre').locator('.recharts-bar-rectangle')).toHaveCount(
      1,
    );
    // On screen: the controls are there and the handout header is not.
    await expect(page.getByRole('button', { name: 'Présenter' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Filtres', exact: true })).toBeVisible();
    await expect(header).toBeHidden();

    await page.emulateMedia({ media: 'print' });

    await expect(header).toBeVisible();
    await expect(header).toContainText('Filtres : thème Énergie');
    await expect(header).toContainText('7 janvier 2014');

    // The controls are gone: filters, page tools, card toolbars, reset. `includeHidden` makes each locator
    // find its element, so that each check is about that element being hidden, not about it being absent.
    const hidden = { includeHidden: true, exact: true } as const;
    for (const control of [
      page.getByRole('group', { name: 'Filtres', ...hidden }),
      page.getByRole('button', { name: /^Thème \(/, includeHidden: true }),
      page.getByRole('button', { name: /^Région du siège/, includeHidden: true }),
      page.getByRole('button', { name: /^Statut \(/, includeHidden: true }),
      page.getByRole('button', { name: /^Année du label \(/, includeHidden: true }),
      page.getByRole('button', { name: /^Évaluation 2012 \(/, includeHidden: true }),
      page.getByRole('group', { name: 'Découpage régional', ...hidden }),
      page.getByRole('button', { name: 'Présenter', ...hidden }),
      page.getByRole('group', { name: 'Présentation', ...hidden }),
      page.getByRole('button', { name: 'Réinitialiser les filtres', ...hidden }),
    ]) {
      await expect(control).toHaveCount(1);
      await expect(control).toBeHidden();
    }
    for (const title of CARD_TITLES) {
      const section = card(page, title);
      await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
      await expect(section.locator('.card-toolbar')).toBeHidden();
      const exports = section.getByRole('button', { name: /^Télécharger/, includeHidden: true });
      // PNG, SVG, CSV and Excel; the list has no image.
      await expect(exports).toHaveCount(title === 'Liste des pôles' ? 2 : 4);
      for (const button of await exports.all()) await expect(button).toBeHidden();
    }

    // The only buttons still drawn are the ones that read as text on paper: the active filter
    // ("Thème : Énergie", its × hidden) and the column headers of the list.
    const visibleButtons = await page
      .locator('button')
      .evaluateAll((buttons) =>
        buttons
          .filter((button) => button.checkVisibility())
          .map(
            (button) =>
              `${button.getAttribute('class') ?? ''}: ${button.getAttribute('aria-label') ?? button.textContent}`,
          ),
      );
    expect(
      visibleButtons.filter((label) => !label.startsWith('sort-button: ')),
      'visible buttons other than the list column headers',
    ).toEqual(['chip: Retirer le filtre Thème : Énergie']);
    await expect(page.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toHaveCSS(
      'border-top-width',
      '0px',
    );
    await expect(
      page.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' }).locator('[aria-hidden="true"]'),
    ).toBeHidden();
    expect(visibleButtons.filter((label) => label.startsWith('sort-button: '))).toHaveLength(14);

    // Chart cards do not break across pages; the long list may.
    const breaks = await page.locator('section.card').evaluateAll((cards) =>
      cards.map((section) => ({
        title: section.querySelector('h3')?.textContent ?? '',
        breakInside: getComputedStyle(section).breakInside,
      })),
    );
    expect(breaks.map((b) => b.title)).toEqual(expect.arrayContaining(CARD_TITLES));
    const breakOf = (title: string) => breaks.find((b) => b.title === title)?.breakInside;
    for (const title of CHART_CARDS) expect(breakOf(title), `break-inside of « ${title} »`).toBe('avoid');
    expect(breakOf('Liste des pôles')).toBe('auto');
    // On screen nothing of this applies.
    await page.emulateMedia({ media: 'screen' });
    await expect(header).toBeHidden();
    await expect(card(page, CHART_CARDS[0]).locator('.card-toolbar')).toBeVisible();
  });

  test('the handout states every facet filtered on, and which map a region belongs to', async ({
    guardedPage: page,
  }) => {
    await page.goto(
      './?annee=2005&categorie=national&decoupage=2016&evaluation=performant&region=centre-val-de-loire',
    );
    await expect(card(page, 'Adhérents des pôles du Centre').locator('.recharts-bar-rectangle')).toHaveCount(
      2,
    );
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-header')).toContainText(
      'Filtres : région (2016) Centre-Val de Loire ; statut National ; année de label 2005 ; évaluation 2012 Performant',
    );
  });

  test('the handout prints to a multi-page A4 PDF', async ({ guardedPage: page }, testInfo) => {
    await page.goto('./?theme=energie');
    await expect(card(page, 'Adhérents des pôles du Centre').locator('.recharts-bar-rectangle')).toHaveCount(
      1,
    );
    await expect(card(page, 'Chronologie de la politique des pôles').locator('svg').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-header')).toBeVisible();
    const path = 'test-results/handout.pdf';
    const returned = await page.pdf({ path, format: 'A4', printBackground: true });
    const pdf = await readFile(path);
    expect(pdf.equals(returned)).toBe(true);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPageCount(pdf);
    console.log(`handout.pdf: ${pdf.length} bytes, ${pages} pages`);
    expect(pages).toBeGreaterThan(1);
    await testInfo.attach('handout.pdf', { path, contentType: 'application/pdf' });
  });
});
