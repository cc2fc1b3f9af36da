import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CURRENT = 'Vue actuelle (filtres en cours)';
const FILE_URL = pathToFileURL(resolve('dist-single/index.html')).href;
const NNBSP = '\u202f';

const audienceDeck = (page: Page) => page.getByRole('dialog', { name: /^Présentation « / });
const slideOf = (page: Page) => new URL(page.url()).searchParams.get('slide');

async function expectAudienceAt(page: Page, n: number) {
  await expect(audienceDeck(page)).toHaveAccessibleName(
    `Présentation « ${CURRENT} » : diapositive ${n} sur 7`,
  );
  expect(slideOf(page)).toBe(String(n));
}

async function expectPresenterAt(page: Page, n: number) {
  await expect(page.getByText(`Diapositive ${n} sur 7`, { exact: true })).toBeVisible();
  expect(slideOf(page)).toBe(String(n));
}

/** The presenter's window of the current deck at slide `n`, once it has heard from the audience's window. */
async function openPresenter(context: BrowserContext, base: string, n: number): Promise<Page> {
  const presenter = await context.newPage();
  await presenter.goto(`${base}?present=1&slide=${n}&vue=presentateur`);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Vue présentateur' })).toBeVisible();
  return presenter;
}

test.describe('the presenter’s window and the audience’s window', () => {
  test('stay in step both ways, and closing the presenter’s window leaves the deck working', async ({
    guardedPage: audience,
  }) => {
    const chunks: string[] = [];
    audience.on('request', (request) => {
      if (request.url().includes('presenter-view')) chunks.push(request.url());
    });
    await audience.goto('./?present=1');
    await expectAudienceAt(audience, 1);
    const presenter = await openPresenter(audience.context(), './', 1);
    const errors: string[] = [];
    presenter.on('pageerror', (error) => errors.push(error.message));
    await expect(presenter.getByRole('status')).toHaveText(
      `Fenêtre du public reliée${NNBSP}: elle suit cette vue, et cette vue la suit.`,
    );

    await presenter.keyboard.press('ArrowRight');
    await expectPresenterAt(presenter, 2);
    await expectAudienceAt(audience, 2);

    await audience.keyboard.press('ArrowRight');
    await expectAudienceAt(audience, 3);
    await expectPresenterAt(presenter, 3);

    await presenter.keyboard.press('End');
    await expectAudienceAt(audience, 7);
    await expect(presenter.getByRole('region', { name: 'Diapositive suivante' })).toContainText(
      'Fin de la présentation',
    );

    await presenter
      .getByRole('navigation', { name: /^Diapositives/ })
      .getByRole('button', { name: '4. Pôles par thème' })
      .click();
    await expectAudienceAt(audience, 4);
    await expect(presenter.getByRole('button', { name: '4. Pôles par thème' })).toHaveAttribute(
      'aria-current',
      'true',
    );

    await presenter.close();
    await audience.keyboard.press('ArrowLeft');
    await expectAudienceAt(audience, 3);
    await audience.keyboard.press('Home');
    await expectAudienceAt(audience, 1);
    expect(errors).toEqual([]);
    // The presenter's code loads in its own window only.
    expect(chunks).toEqual([]);
  });

  test('a presenter’s window opened late catches up with the audience, and stays usable once the deck is left', async ({
    guardedPage: audience,
  }) => {
    await audience.goto('./?present=1&slide=5');
    await expectAudienceAt(audience, 5);
    const presenter = await openPresenter(audience.context(), './', 1);
    await expectPresenterAt(presenter, 5);

    await audience.keyboard.press('Escape');
    await expect(audienceDeck(audience)).toHaveCount(0);
    await expect(presenter.getByRole('status')).toContainText('Aucune fenêtre du public reliée');
    await presenter.keyboard.press('ArrowLeft');
    await expectPresenterAt(presenter, 4);
    await presenter.close();
  });

  test('« Vue présentateur » in the deck opens the presenter’s window at the same slide, filters kept', async ({
    guardedPage: audience,
  }) => {
    await audience.goto('./?present=1&slide=2&theme=energie');
    await expect(audienceDeck(audience)).toHaveAccessibleName(
      `Présentation « ${CURRENT} » : diapositive 2 sur 7`,
    );
    const [presenter] = await Promise.all([
      audience.waitForEvent('popup'),
      audienceDeck(audience).getByRole('button', { name: 'Vue présentateur' }).click(),
    ]);
    await expect(presenter.getByRole('heading', { level: 1, name: 'Vue présentateur' })).toBeVisible();
    expect(new URL(presenter.url()).search).toBe('?present=1&slide=2&theme=energie&vue=presentateur');
    await expect(presenter.getByText('Filtres : thème Énergie').first()).toBeVisible();
    await presenter.keyboard.press('ArrowRight');
    await expect(audienceDeck(audience)).toHaveAccessibleName(
      `Présentation « ${CURRENT} » : diapositive 3 sur 7`,
    );
    // The click closes the window it lands in: Playwright may then report the page gone before the click
    // returns. That report is expected only once the window has really closed.
    const closed = presenter.waitForEvent('close');
    await presenter
      .getByRole('button', { name: 'Fermer la vue présentateur' })
      .click()
      .catch((error: unknown) => {
        if (!presenter.isClosed()) throw error;
      });
    await closed;
    expect(presenter.isClosed()).toBe(true);
  });

  test('« Vue présentateur » on the dashboard opens the chosen deck here and the presenter’s window beside it', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Diapositives à présenter' }).selectOption('centre');
    const [presenter] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Vue présentateur' }).click(),
    ]);
    await expect(audienceDeck(page)).toHaveAccessibleName(
      'Présentation « Les pôles du Centre » : diapositive 1 sur 5',
    );
    await expect(presenter.getByText('Diapositive 1 sur 5', { exact: true })).toBeVisible();
    expect(new URL(presenter.url()).search).toBe('?deck=centre&present=1&slide=1&vue=presentateur');
    await presenter.keyboard.press('ArrowRight');
    await expect(audienceDeck(page)).toHaveAccessibleName(
      'Présentation « Les pôles du Centre » : diapositive 2 sur 5',
    );
    await presenter.close();
  });

  test('the presenter’s window has no violation of any axe-core rule, in light and dark', async ({
    guardedPage: page,
  }) => {
    for (const slide of [1, 3, 7]) {
      await page.goto(`./?present=1&slide=${slide}&vue=presentateur`);
      // The code loads after the first paint: wait for the presenter's view before looking for what is missing.
      await expect(page.getByRole('region', { name: 'Notes' })).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Notes' }).getByText('Chargement des données…'),
      ).toHaveCount(0);
      await expect(page.getByText('Chargement du graphique…')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
      ).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./?present=1&slide=3&vue=presentateur');
    await expect(page.getByRole('region', { name: 'Notes' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByText('Chargement du graphique…')).toHaveCount(0);
    const dark = await new AxeBuilder({ page }).analyze();
    expect(dark.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('the presenter’s window from the single file opened from disk', () => {
  async function fileContext(browser: Browser) {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });
    await context.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort('blockedbyclient'),
    );
    return context;
  }

  test('Chromium lets two windows of the same file talk: they stay in step', async ({ browser }) => {
    const context = await fileContext(browser);
    try {
      const audience = await context.newPage();
      await audience.goto(`${FILE_URL}?present=1`);
      await expect(audienceDeck(audience)).toHaveAccessibleName(
        `Présentation « ${CURRENT} » : diapositive 1 sur 7`,
      );
      const presenter = await context.newPage();
      await presenter.goto(`${FILE_URL}?present=1&vue=presentateur`);
      await expect(presenter.getByRole('status')).toContainText('Fenêtre du public reliée');
      await presenter.keyboard.press('ArrowRight');
      await expect(audienceDeck(audience)).toHaveAccessibleName(
        `Présentation « ${CURRENT} » : diapositive 2 sur 7`,
      );
    } finally {
      await context.close();
    }
  });

  test('where a browser refuses the channel, both windows say so plainly and still work alone', async ({
    browser,
  }) => {
    const context = await fileContext(browser);
    // What a browser that refuses the channel to a page opened from a file does: the constructor throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'BroadcastChannel', {
        configurable: true,
        value: function BroadcastChannel() {
          throw new DOMException('refusé', 'SecurityError');
        },
      });
    });
    try {
      const presenter = await context.newPage();
      await presenter.goto(`${FILE_URL}?present=1&vue=presentateur`);
      await expect(presenter.getByRole('status')).toContainText(
        'La synchronisation entre fenêtres n’est pas possible depuis un fichier ouvert localement',
      );
      await presenter.keyboard.press('ArrowRight');
      await expect(presenter.getByText('Diapositive 2 sur 7', { exact: true })).toBeVisible();

      const audience = await context.newPage();
      await audience.goto(`${FILE_URL}?present=1`);
      await expect(audienceDeck(audience).getByRole('status')).toContainText(
        'La synchronisation entre fenêtres n’est pas possible depuis un fichier ouvert localement',
      );
    } finally {
      await context.close();
    }
  });
});
