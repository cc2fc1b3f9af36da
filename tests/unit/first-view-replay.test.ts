import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchControl } from '../../src/lib/control-match';
import { readFirstViewInput, replayFirstViewInput } from '../../src/first-view-replay';

const PAGE = `
  <header>
    <a class="skip-link" href="#contenu">Aller au contenu</a>
    <button type="button" aria-pressed="true">Clair</button>
    <button type="button" aria-pressed="false">Sombre</button>
    <button type="button" lang="en" aria-label="English">EN</button>
  </header>
  <label for="_r_1_-input">Rechercher un pôle ou une ville</label>
  <input id="_r_1_-input" role="combobox" type="text" value="" placeholder="ex. Elastopôle, Orléans" />
  <section class="card"><h3>Pôles par thème</h3>
    <button type="button">Graphique</button><button type="button">Tableau</button>
  </section>
  <section class="card"><h3>Tableau croisé des pôles</h3>
    <label class="card-select"><span>Lignes</span>
      <select><option value="themes">Thème</option><option value="regions">Région</option></select></label>
    <button type="button">Graphique</button><button type="button">Tableau</button>
  </section>`;

/** One copy of the page, as the pre-render or the live page draws it, in the document. */
function copy(html: string = PAGE): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

const button = (root: ParentNode, name: string, at = 0) =>
  [...root.querySelectorAll('button')].filter((node) => node.textContent === name)[at];

describe('matchControl', () => {
  afterEach(() => document.body.replaceChildren());

  it('finds the same control in the live copy, at the same place', () => {
    const [before, after] = [copy(), copy()];
    const sombre = button(before, 'Sombre');
    expect(sombre).toBeDefined();
    expect(matchControl(sombre ?? before, before, after)).toBe(button(after, 'Sombre'));
    const table = button(before, 'Tableau', 1);
    expect(matchControl(table ?? before, before, after)).toBe(button(after, 'Tableau', 1));
  });

  it('finds it by its name and its card when the live copy holds other controls before it', () => {
    const before = copy();
    const after = copy(PAGE.replace('<header>', '<header><button type="button">Importer</button>'));
    const table = button(before, 'Tableau', 1);
    expect(matchControl(table ?? before, before, after)).toBe(button(after, 'Tableau', 1));
  });

  it('drops a control that is not the same in the live copy rather than click another', () => {
    const before = copy();
    // Same place, another name.
    const after = copy(PAGE.replace('>Sombre<', '>Dark<'));
    expect(matchControl(button(before, 'Sombre') ?? before, before, after)).toBeNull();
    // Same place, another kind of control.
    const link = copy(
      PAGE.replace(
        '<button type="button" aria-pressed="false">Sombre</button>',
        '<a href="?theme=dark">Sombre</a>',
      ),
    );
    expect(matchControl(button(before, 'Sombre') ?? before, before, link)).toBeNull();
    // A control the live copy lacks, with look-alikes elsewhere: none is guessed.
    const toolbar = '<button type="button">Graphique</button><button type="button">Tableau</button>';
    const fewer = copy(
      PAGE.slice(0, PAGE.lastIndexOf(toolbar)) + PAGE.slice(PAGE.lastIndexOf(toolbar) + toolbar.length),
    );
    expect(matchControl(button(before, 'Tableau', 1) ?? before, before, fewer)).toBeNull();
  });

  it("finds a chart's bar by its category", () => {
    const chart = (ids: string[]) =>
      `<section class="card"><h3>Pôles par thème</h3><svg>${ids.map((id) => `<path data-bar-id="${id}"></path>`).join('')}</svg></section>`;
    const before = copy(chart(['energie', 'mer']));
    const bar = before.querySelector('[data-bar-id="mer"]') ?? before;
    const same = copy(chart(['energie', 'mer']));
    expect(matchControl(bar, before, same)).toBe(same.querySelector('[data-bar-id="mer"]'));
    // Another order: still the sea's bar; no such bar: none.
    const sorted = copy(chart(['mer', 'energie']));
    expect(matchControl(bar, before, sorted)).toBe(sorted.querySelector('[data-bar-id="mer"]'));
    expect(matchControl(bar, before, copy(chart(['energie', 'numerique'])))).toBeNull();
  });

  it('finds nothing for an element that is not one of the controls', () => {
    const [before, after] = [copy(), copy()];
    expect(matchControl(before.querySelector('h3') ?? before, before, after)).toBeNull();
  });
});

describe('readFirstViewInput and replayFirstViewInput', () => {
  afterEach(() => document.body.replaceChildren());

  it('clicks the live copy of the last control marked busy, once', () => {
    const [before, after] = [copy(), copy()];
    button(before, 'Sombre')?.setAttribute('aria-busy', 'true');
    const english = before.querySelector('[lang="en"]');
    english?.setAttribute('aria-busy', 'true');
    const clicked = vi.fn<(name: string) => void>();
    after.addEventListener('click', (event) => {
      if (event.target instanceof Element) clicked(event.target.textContent);
    });
    replayFirstViewInput(readFirstViewInput(before, after, null));
    expect(clicked.mock.calls).toEqual([['EN']]);
  });

  it('clicks nothing when the busy control has no live copy', () => {
    const before = copy();
    const after = copy(PAGE.replace('aria-label="English">EN<', 'aria-label="Anglais">EN<'));
    before.querySelector('[lang="en"]')?.setAttribute('aria-busy', 'true');
    const clicked = vi.fn();
    after.addEventListener('click', clicked);
    const input = readFirstViewInput(before, after, null);
    expect(input.click).toBeNull();
    replayFirstViewInput(input);
    expect(clicked).not.toHaveBeenCalled();
  });

  it('carries the text typed into the search box, as an input event, with the focus and the caret at the end', () => {
    const [before, after] = [copy(), copy()];
    const typed = before.querySelector('input');
    const live = after.querySelector('input');
    if (typed === null || live === null) throw new Error('no search box');
    typed.focus();
    typed.value = 'Elasto';
    const inputs: string[] = [];
    live.addEventListener('input', () => inputs.push(live.value));
    replayFirstViewInput(readFirstViewInput(before, after, document.activeElement));
    expect(inputs).toEqual(['Elasto']);
    expect(document.activeElement).toBe(live);
    expect([live.selectionStart, live.selectionEnd]).toEqual([6, 6]);
  });

  it('carries an option chosen in a list as a change, and leaves untouched fields alone', () => {
    const [before, after] = [copy(), copy()];
    const chosen = before.querySelector('select');
    const live = after.querySelector('select');
    if (chosen === null || live === null) throw new Error('no list');
    chosen.value = 'regions';
    const changes: string[] = [];
    live.addEventListener('change', () => changes.push(live.value));
    after.querySelector('input')?.addEventListener('input', () => changes.push('search'));
    const input = readFirstViewInput(before, after, null);
    expect(input.values.map(({ element }) => element)).toEqual([live]);
    replayFirstViewInput(input);
    expect(changes).toEqual(['regions']);
  });

  it('takes a list that shows the option it was built with as untouched, marked selected or the first', () => {
    const built = PAGE.replace('<option value="regions">', '<option value="regions" selected>');
    const [before, after] = [copy(built), copy(built)];
    expect(readFirstViewInput(before, after, null).values).toEqual([]);
    const chosen = before.querySelector('select');
    if (chosen === null) throw new Error('no list');
    chosen.value = 'themes';
    expect(readFirstViewInput(before, after, null).values).toEqual([
      { element: after.querySelector('select'), value: 'themes' },
    ]);
    const [plain, live] = [copy(), copy()];
    expect(readFirstViewInput(plain, live, null).values).toEqual([]);
  });

  it('moves the focus to the live copy of the focused control, before replaying the click', () => {
    const [before, after] = [copy(), copy()];
    const sombre = button(before, 'Sombre');
    sombre?.focus();
    sombre?.setAttribute('aria-busy', 'true');
    const liveSombre = button(after, 'Sombre');
    const focusedAtClick: (Element | null)[] = [];
    liveSombre?.addEventListener('click', () => focusedAtClick.push(document.activeElement));
    replayFirstViewInput(readFirstViewInput(before, after, document.activeElement));
    expect(document.activeElement).toBe(liveSombre);
    expect(focusedAtClick).toEqual([liveSombre]);
  });
});
