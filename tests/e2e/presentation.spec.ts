import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const NNBSP = '\u202f';
const CURRENT = 'Vue actuelle (filtres en cours)';

/** Titles of the slides of the current-view deck, in order, with no filter. */
const CURRENT_SLIDES = [
  'Les pôles de compétitivité en chiffres',
  'Adhérents des pôles du Centre',
  'Financement de l’État aux pôles du Centre, 2013-2018 (M€)',
  'Pôles par thème',
  'Pôles par région du siège (régions de 2013)',
  'Chronologie de la politique des pôles (1/2)',
  'Chronologie de la politique des pôles (2/2)',
];

/** The « Les 71 pôles nationaux » deck: key figures, themes, regions, map, the timeline in two parts. */
const NATIONAL_SLIDES = 6;

const presentation = (page: Page) => page.getByRole('dialog', { name: /^Présentation « / });

const search = (page: Page) => new URL(page.url()).search;

const isFullscreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);

/** The dashboard is ready: the charts a deck reuses have been drawn once. */
async function openDashboard(page: Page, path = './') {
  await page.goto(path);
  await expect(page.getByRole('status').filter({ hasText: 'fichiers de données chargés' })).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
}

/** Waits for slide `n` of `total` to be announced and fully drawn (no lazy chart still loading). */
async function expectSlide(dialog: Locator, deck: string, n: number, total: number) {
  await expect(dialog).toHaveAccessibleName(`Présentation « ${deck} » : diapositive ${n} sur ${total}`);
  await expect(dialog.getByText(`${n} / ${total}`, { exact: true })).toBeVisible();
  await expect(dialog.getByText('Chargement du graphique…')).toHaveCount(0);
  await expect(dialog.locator('.slide h2').first()).toBeVisible();
}

test.describe('entering and moving through the deck', () => {
  test('the button enters fullscreen at slide 1 of 7 and writes present=1&slide=1', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page);
    expect(await isFullscreen(page)).toBe(false);
    await expect(page.getByRole('combobox', { name: 'Diapositives à présenter' })).toHaveValue('courant');
    await page.getByRole('button', { name: 'Présenter' }).click();
    const dialog = presentation(page);
    await expectSlide(dialog, CURRENT, 1, 7);
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(CURRENT_SLIDES[0] ?? '');
    await expect.poll(() => isFullscreen(page)).toBe(true);
    expect(search(page)).toBe('?present=1&slide=1');
    await expect(dialog.getByText('Filtres : aucun', { exact: true })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Diapositive précédente' })).toBeDisabled();
    await expect(dialog.getByRole('button', { name: 'Diapositive suivante' })).toBeEnabled();
    await expect(dialog.getByRole('button', { name: 'Quitter (Échap)' })).toBeEnabled();
    // The dashboard behind is out of reach while the deck is open.
    await expect(page.locator('.app')).toHaveAttribute('inert', '');
    const focusable = await page
      .locator('.app')
      .getByRole('button', { name: 'Présenter' })
      .evaluate((button) => {
        button.focus();
        return document.activeElement === button;
      });
    expect(focusable, 'the button behind the deck can take focus').toBe(false);
  });

  test('every presenter key moves as documented, and slide changes replace the history entry', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page);
    await page.getByRole('button', { name: 'Présenter' }).click();
    const dialog = presentation(page);
    await expectSlide(dialog, CURRENT, 1, 7);
    const entries = await page.evaluate(() => history.length);

    const steps: readonly (readonly [key: string, slide: number])[] = [
      ['ArrowRight', 2],
      ['ArrowDown', 3],
      ['PageDown', 4],
      ['Space', 5],
      ['ArrowLeft', 4],
      ['ArrowUp', 3],
      ['PageUp', 2],
      ['Shift+Space', 1],
      // At either end the deck stays put.
      ['ArrowLeft', 1],
      ['End', 7],
      ['ArrowRight', 7],
      ['Space', 7],
      ['Home', 1],
      ['End', 7],
      ['PageUp', 6],
      ['Home', 1],
    ];
    for (const [key, slide] of steps) {
      await page.keyboard.press(key);
      await expectSlide(dialog, CURRENT, slide, 7);
      await expect.poll(() => search(page), `after ${key}`).toBe(`?present=1&slide=${slide}`);
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(CURRENT_SLIDES[slide - 1] ?? '');
    }
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // Moving never left fullscreen.
    expect(await isFullscreen(page)).toBe(true);
  });

  test('the on-screen buttons move too, and are disabled at either end', async ({ guardedPage: page }) => {
    await openDashboard(page);
    await page.getByRole('button', { name: 'Présenter' }).click();
    const dialog = presentation(page);
    const previous = dialog.getByRole('button', { name: 'Diapositive précédente' });
    const next = dialog.getByRole('button', { name: 'Diapositive suivante' });
    await expectSlide(dialog, CURRENT, 1, 7);
    for (let slide = 2; slide <= 7; slide++) {
      await next.click();
      await expectSlide(dialog, CURRENT, slide, 7);
    }
    await expect(next).toBeDisabled();
    await expect(previous).toBeEnabled();
    await previous.click();
    await expectSlide(dialog, CURRENT, 6, 7);
    expect(search(page)).toBe('?present=1&slide=6');
    await dialog.getByRole('button', { name: 'Quitter (Échap)' }).click();
    await expect(dialog).toHaveCount(0);
    expect(search(page)).toBe('');
    await expect(page.getByRole('button', { name: 'Présenter' })).toBeFocused();
  });

  test('a shared link opens the deck in the window at its slide, with the filters named', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?present=1&slide=3&theme=energie');
    const dialog = presentation(page);
    await expectSlide(dialog, CURRENT, 3, 7);
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(CURRENT_SLIDES[2] ?? '');
    await expect(dialog.getByText('Filtres : thème Énergie', { exact: true })).toBeVisible();
    // No user gesture, so no fullscreen: the deck fills the window instead.
    expect(await isFullscreen(page)).toBe(false);
    const box = await dialog.boundingBox();
    const viewport = page.viewportSize();
    expect(box).toEqual({ x: 0, y: 0, width: viewport?.width, height: viewport?.height });
    expect(search(page)).toBe('?present=1&slide=3&theme=energie');
    // The reader's filter applies to the deck: one pole of the Centre is about energy.
    await page.keyboard.press('ArrowLeft');
    await expectSlide(dialog, CURRENT, 2, 7);
    await expect(dialog.locator('.recharts-bar-rectangle')).toHaveCount(1);
    await expect(dialog.locator('svg')).toContainText('S2E2');
    expect(search(page)).toBe('?present=1&slide=2&theme=energie');
  });
});

test.describe('leaving the deck', () => {
  test('Escape leaves fullscreen and the deck, restores the address and the scroll, focuses the button', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page, './?theme=energie');
    const button = page.getByRole('button', { name: 'Présenter' });
    // Scroll down the page, the button out of sight, and press it from the keyboard: focusing it without
    // scrolling, so that only the deck moves the page (a click would first scroll the button into view).
    const scrollY = 400;
    await page.evaluate((y) => window.scrollTo(0, y), scrollY);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrollY);
    await button.evaluate((element) => element.focus({ preventScroll: true }));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrollY);

    await page.keyboard.press('Enter');
    const dialog = presentation(page);
    await expectSlide(dialog, CURRENT, 1, 7);
    await expect.poll(() => isFullscreen(page)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expectSlide(dialog, CURRENT, 2, 7);
    expect(search(page)).toBe('?present=1&slide=2&theme=energie');

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => isFullscreen(page)).toBe(false);
    expect(search(page)).toBe('?theme=energie');
    await expect(button).toBeFocused();
    await expect(page.locator('.app')).not.toHaveAttribute('inert');
    const after = await page.evaluate(() => window.scrollY);
    expect(Math.abs(after - scrollY)).toBeLessThanOrEqual(4);
    // The dashboard is back as it was: the filter still applies.
    await expect(page.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeVisible();
  });

  test('Back while presenting leaves the deck for the address before it', async ({ guardedPage: page }) => {
    await openDashboard(page, './?region=centre');
    await page.getByRole('button', { name: 'Présenter' }).click();
    const dialog = presentation(page);
    await expectSlide(dialog, CURRENT, 1, 7);
    await page.keyboard.press('End');
    await expectSlide(dialog, CURRENT, 7, 7);
    await page.goBack();
    await expect(dialog).toHaveCount(0);
    expect(search(page)).toBe('?region=centre');
    await expect(page.getByRole('button', { name: 'Retirer le filtre Région : Centre' })).toBeVisible();
  });

  // Focus goes back to 'Présenter' without scrolling to it: the reader stays where they were.
  test('the scroll position is restored even when the button was scrolled out of view', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page, './?theme=energie');
    const button = page.getByRole('button', { name: 'Présenter' });
    await button.focus();
    // The reader scrolls down to the charts (wheel or scroll bar); the keyboard focus stays on the button.
    await page.evaluate(() => window.scrollTo(0, 900));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(900);
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = presentation(page);
    await expectSlide(dialog, CURRENT, 1, 7);
    await expect.poll(() => isFullscreen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => isFullscreen(page)).toBe(false);
    await expect(button).toBeFocused();
    expect(search(page)).toBe('?theme=energie');
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - 900)).toBeLessThanOrEqual(4);
  });
});

test.describe('ready-made decks', () => {
  test('“Les pôles du Centre” shows its own filter and draws the four poles, whatever the reader’s filters', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page, './?theme=energie');
    await page
      .getByRole('combobox', { name: 'Diapositives à présenter' })
      .selectOption({ label: 'Les pôles du Centre' });
    await page.getByRole('button', { name: 'Présenter' }).click();
    const dialog = presentation(page);
    await expectSlide(dialog, 'Les pôles du Centre', 1, 5);
    expect(search(page)).toBe('?deck=centre&present=1&slide=1&theme=energie');
    await expect(dialog.getByText('Filtres : région Centre', { exact: true })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expectSlide(dialog, 'Les pôles du Centre', 2, 5);
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Adhérents des pôles du Centre');
    await expect(dialog.locator('.recharts-bar-rectangle')).toHaveCount(4);
    for (const label of [`300 (48${NNBSP}%)`, `130 (21${NNBSP}%)`, `110 (18${NNBSP}%)`, `80 (13${NNBSP}%)`])
      await expect(dialog.locator('svg')).toContainText(label);
    expect(search(page)).toBe('?deck=centre&present=1&slide=2&theme=energie');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    // The reader's own filter was never touched.
    expect(search(page)).toBe('?theme=energie');
    await expect(page.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeVisible();
  });

  test('“Les 71 pôles nationaux” opens from its address with no filter', async ({ guardedPage: page }) => {
    await page.goto('./?deck=national&present=1&slide=2&region=centre');
    const dialog = presentation(page);
    await expectSlide(dialog, 'Les 71 pôles nationaux', 2, NATIONAL_SLIDES);
    await expect(dialog.getByText('Filtres : aucun', { exact: true })).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Pôles par thème');
    // Every theme is there: drawn, or named under the chart when the slide has no room for its bar.
    await expect(dialog.locator('.recharts-bar-rectangle').first()).toBeVisible();
    const drawn = await dialog.locator('.recharts-bar-rectangle').count();
    const listed = Number(
      /^\+ (\d+) autre/.exec((await dialog.locator('.more-rows').textContent()) ?? '+ 0 autre')?.[1] ?? 0,
    );
    expect(drawn + (drawn < 13 ? listed : 0)).toBe(13);
  });

  test('at 1920x1080 every theme has its bar', async ({ guardedPage: page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?deck=national&present=1&slide=2');
    await expect(presentation(page).locator('.recharts-bar-rectangle')).toHaveCount(13);
  });

  test('a bar clicked on a ready-made deck filters that deck only, never the reader’s filters', async ({
    guardedPage: page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?deck=national&present=1&slide=2&theme=energie');
    const dialog = presentation(page);
    await expectSlide(dialog, 'Les 71 pôles nationaux', 2, NATIONAL_SLIDES);
    await expect(dialog.getByText('Filtres : aucun', { exact: true })).toBeVisible();
    await dialog.locator('[data-bar-id="numerique"]').click();
    // The slide shows its selection…
    await expect(dialog.getByText('Filtres : thème Numérique', { exact: true })).toBeVisible();
    await expect(dialog.locator('svg')).toContainText('✓ Numérique');
    // …and the reader's view, in the address and on the page behind, is untouched.
    expect(search(page)).toBe('?deck=national&present=1&slide=2&theme=energie');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(search(page)).toBe('?theme=energie');
    await expect(page.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Retirer le filtre Thème : Numérique/ })).toHaveCount(0);
  });

  test('a bar clicked on the deck of the current view filters the reader’s view', async ({
    guardedPage: page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?present=1&slide=4');
    const dialog = presentation(page);
    await expectSlide(dialog, CURRENT, 4, 7);
    await dialog.locator('[data-bar-id="numerique"]').click();
    await expect(dialog.getByText('Filtres : thème Numérique', { exact: true })).toBeVisible();
    expect(search(page)).toBe('?present=1&slide=4&theme=numerique');
  });
});

test.describe('readable from the back of the room at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('every chart text, title and caption is at least 24px, and nothing needs hover', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page);
    await page.getByRole('button', { name: 'Présenter' }).click();
    const dialog = presentation(page);
    for (let slide = 1; slide <= CURRENT_SLIDES.length; slide++) {
      if (slide > 1) await page.keyboard.press('ArrowRight');
      await expectSlide(dialog, CURRENT, slide, CURRENT_SLIDES.length);
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(CURRENT_SLIDES[slide - 1] ?? '');
      // Every slide but the key figures is a chart with its values written on it.
      if (slide > 1) await expect(dialog.locator('svg text').first()).toBeVisible();

      const sizes = await dialog.evaluate((root) =>
        [
          ...root.querySelectorAll(
            'svg text, .slide-title, .slide-caption, .slide-filters, .slide-count, .legend li, .more-rows, .key-value, .key-label',
          ),
        ]
          .filter((element) => element.textContent.trim() !== '')
          .map((element) => ({
            text: element.textContent.trim().slice(0, 40),
            px: Number.parseFloat(getComputedStyle(element).fontSize),
          })),
      );
      expect(sizes.length, `texts on slide ${slide}`).toBeGreaterThanOrEqual(slide === 1 ? 10 : 4);
      expect(
        sizes.filter(({ px }) => !(px >= 24)),
        `texts under 24px on slide ${slide}`,
      ).toEqual([]);

      // Nothing relies on hover: no tooltip, and the values are written on the slide.
      await expect(dialog.getByRole('tooltip', { includeHidden: true })).toHaveCount(0);
      await expect(dialog.locator('.recharts-tooltip-wrapper')).toHaveCount(0);
    }
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(CURRENT_SLIDES.at(-1) ?? '');
  });

  // The timeline's date column is sized from the measured width of its bold dates.
  test('nothing on any slide is cut off by the edges of the slide', async ({ guardedPage: page }) => {
    await openDashboard(page);
    await page.getByRole('button', { name: 'Présenter' }).click();
    const dialog = presentation(page);
    for (let slide = 1; slide <= CURRENT_SLIDES.length; slide++) {
      if (slide > 1) await page.keyboard.press('ArrowRight');
      await expectSlide(dialog, CURRENT, slide, CURRENT_SLIDES.length);
      if (slide > 1) await expect(dialog.locator('svg text').first()).toBeVisible();
      // The chart is drawn again once its box is measured: retry until the layout has settled.
      await expect
        .soft(async () => {
          expect(await cutOff(dialog), `cut off on slide ${slide}`).toEqual([]);
        })
        .toPass({ timeout: 3_000 });
    }
  });
});

/** Texts of the slide that reach past the slide area, which hides its overflow. */
const cutOff = (dialog: Locator) =>
  dialog.evaluate((root) => {
    const area = root.querySelector('.slide')?.getBoundingClientRect();
    if (area === undefined) return ['no slide area'];
    return [...root.querySelectorAll('.slide text, .slide p, .slide h2, .slide li, .slide span')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(
        ({ box }) =>
          box.bottom > area.bottom + 1 ||
          box.right > area.right + 1 ||
          box.top < area.top - 1 ||
          box.left < area.left - 1,
      )
      .map(({ element, box }) => {
        const side = box.left < area.left - 1 ? `${Math.round(area.left - box.left)}px left` : 'other edge';
        return `${element.tagName} «${element.textContent.trim().slice(0, 30)}» ${side}`;
      });
  });

test.describe('motion', () => {
  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('nothing in the deck animates or transitions, even styles that ask for it', async ({
      guardedPage: page,
    }) => {
      await openDashboard(page);
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      await page.getByRole('button', { name: 'Présenter' }).click();
      const dialog = presentation(page);
      // Any animation or transition someone adds later must be caught by the reduced-motion rule.
      await page.addStyleTag({ content: MOTION_PROBE });
      for (let slide = 1; slide <= 7; slide++) {
        if (slide > 1) await page.keyboard.press('ArrowRight');
        await expectSlide(dialog, CURRENT, slide, 7);
        await dialog.getByRole('button', { name: 'Quitter (Échap)' }).hover();
        expect(await page.evaluate(() => document.getAnimations().length), `slide ${slide}`).toBe(0);
      }
    });
  });

  test.describe('control: without the preference', () => {
    test.use({ reducedMotion: 'no-preference' });

    test('the same probe styles do animate, so the check above can fail', async ({ guardedPage: page }) => {
      await openDashboard(page);
      await page.getByRole('button', { name: 'Présenter' }).click();
      const dialog = presentation(page);
      await expectSlide(dialog, CURRENT, 1, 7);
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
      await page.addStyleTag({ content: MOTION_PROBE });
      await dialog.getByRole('button', { name: 'Quitter (Échap)' }).hover();
      await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
    });
  });
});

/** An endless animation on the slide counter and a slow hover transition on the nav buttons. */
const MOTION_PROBE = `
@keyframes e2e-motion-probe { from { opacity: 1; } to { opacity: 0.6; } }
.presentation .slide-count { animation: e2e-motion-probe 1s linear infinite; }
.presentation .slide-nav button { transition: background-color 10s linear; }
.presentation .slide-nav button:hover { background-color: rgb(200 0 0); }
`;

const SCREEN_SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

const THEMES = [
  { id: 'light', button: 'Clair', paper: 'rgb(255, 255, 255)' },
  { id: 'dark', button: 'Sombre', paper: 'rgb(18, 22, 28)' },
] as const;

test.describe('screenshots of the first slides', () => {
  for (const theme of THEMES) {
    for (const size of SCREEN_SIZES) {
      test(`slides 1 to 3 in the ${theme.id} theme at ${size.width}x${size.height}`, async ({
        guardedPage: page,
      }, testInfo) => {
        await page.setViewportSize(size);
        await openDashboard(page);
        await page.getByRole('button', { name: theme.button }).click();
        await expect(page.getByRole('button', { name: theme.button })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme.id);
        await page.getByRole('button', { name: 'Présenter' }).click();
        const dialog = presentation(page);
        await expect(dialog).toHaveCSS('background-color', theme.paper);
        mkdirSync('test-results/screenshots', { recursive: true });
        for (let slide = 1; slide <= 3; slide++) {
          if (slide > 1) await page.keyboard.press('ArrowRight');
          await expectSlide(dialog, CURRENT, slide, 7);
          await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(CURRENT_SLIDES[slide - 1] ?? '');
          if (slide === 1) await expect(dialog.getByRole('listitem')).toHaveCount(4);
          if (slide === 2) await expect(dialog.locator('.recharts-bar-rectangle')).toHaveCount(4);
          if (slide === 3) await expect(dialog.locator('svg')).toContainText('Total annoncé');
          await page.evaluate(() => document.fonts.ready);
          const name = `presentation-${theme.id}-${size.width}x${size.height}-${slide}`;
          const path = `test-results/screenshots/${name}.png`;
          await page.screenshot({ path, animations: 'disabled' });
          await testInfo.attach(name, { path, contentType: 'image/png' });
        }
      });
    }
  }
});
