import { describe, expect, it } from 'vitest';
import {
  applyThemeColours,
  colourProperty,
  elementsOf,
  themeColourRules,
  themeColours,
} from '../../../scripts/theme-colours.mjs';

/** The elements of `markup` as the build reads them in the page. */
const read = (markup: string) => {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return { root, elements: elementsOf(root) };
};

const compare = (light: string, dark: string) => themeColours(read(light).elements, read(dark).elements);

const BAR = (fill: string, label: string) =>
  `<svg><g><path fill="${fill}" d="M 0,0 h 10 v 5 h -10 Z" data-bar-id="s2e2"></path>` +
  `<text fill="currentColor">${label}</text></g></svg>`;

describe('themeColours', () => {
  it('finds nothing to do where both themes drew the same page', () => {
    expect(compare(BAR('#2f5d8a', '130'), BAR('#2f5d8a', '130'))).toEqual({ colours: [], edits: [] });
  });

  it('reads each colour that differs from a custom property, each pair of colours once', () => {
    const light = `${BAR('#a34400', '300')}${BAR('#a34400', '130')}<rect stroke="#7a8a9c"></rect>`;
    const dark = `${BAR('#ffae70', '300')}${BAR('#ffae70', '130')}<rect stroke="#8e9aa8"></rect>`;
    const { colours, edits } = compare(light, dark);
    expect(colours).toEqual([
      { light: '#a34400', dark: '#ffae70' },
      { light: '#7a8a9c', dark: '#8e9aa8' },
    ]);
    expect(edits).toEqual([
      { element: 2, property: 'fill', value: `var(${colourProperty(0)})` },
      { element: 6, property: 'fill', value: `var(${colourProperty(0)})` },
      { element: 8, property: 'stroke', value: `var(${colourProperty(1)})` },
    ]);
  });

  it('keeps in an inline style what does not differ, and the colours within a value that do not', () => {
    const swatch = (edge: string, stripe: string) =>
      `<span style="border: 1.5px solid ${edge}; background: repeating-linear-gradient(45deg, ${edge} 0px, ` +
      `${edge} 3px, ${stripe} 3px, ${stripe} 6px); width: 12px;"></span>`;
    const { colours, edits } = compare(
      swatch('rgb(47, 93, 138)', 'rgb(255, 255, 255)'),
      swatch('rgb(140, 196, 255)', 'rgb(255, 255, 255)'),
    );
    expect(colours).toEqual([{ light: 'rgb(47, 93, 138)', dark: 'rgb(140, 196, 255)' }]);
    const variable = `var(${colourProperty(0)})`;
    expect(edits).toEqual([
      { element: 0, property: 'border', value: `1.5px solid ${variable}` },
      {
        element: 0,
        property: 'background',
        value: `repeating-linear-gradient(45deg, ${variable} 0px, ${variable} 3px, rgb(255, 255, 255) 3px, rgb(255, 255, 255) 6px)`,
      },
    ]);
  });

  it('keeps the light page’s name of an id that names its theme, and of what points at it', () => {
    const hatched = (theme: string, fill: string) =>
      `<svg><defs><pattern id="estimate-hatch-${theme}"><rect fill="${fill}"></rect></pattern></defs>` +
      `<path fill="url(#estimate-hatch-${theme})"></path></svg>`;
    const { colours, edits } = compare(hatched('light', '#dfe8f2'), hatched('dark', '#1d3550'));
    expect(colours).toEqual([{ light: '#dfe8f2', dark: '#1d3550' }]);
    expect(edits).toEqual([{ element: 3, property: 'fill', value: `var(${colourProperty(0)})` }]);
  });

  it('keeps the ids React numbered in the light page, where the dark one numbered them otherwise', () => {
    const labelled = (first: string, second: string) =>
      `<section aria-labelledby="${first}"><h3 id="${first}">Carte</h3>` +
      `<button aria-describedby="${second} ${first}"></button><p id="${second}">note</p></section>`;
    expect(compare(labelled('_r_9_', '_r_a_'), labelled('_r_h_', '_r_i_'))).toEqual({
      colours: [],
      edits: [],
    });
    // Pointing elsewhere than the light page does is a difference.
    expect(
      compare(
        labelled('_r_9_', '_r_a_'),
        labelled('_r_h_', '_r_i_').replace('"_r_i_ _r_h_"', '"_r_h_ _r_i_"'),
      ).problem,
    ).toMatch(/aria-describedby="_r_a_ _r_9_"/);
  });

  it('says where the two pages differ otherwise: the page then shows the light theme alone', () => {
    expect(compare('<b></b><i></i>', '<b></b>').problem).toBe(
      '2 elements in the light theme, 1 in the dark one',
    );
    expect(compare('<b></b>', '<i></i>').problem).toBe(
      'element 0 (<b>): <i> or other attributes in the dark theme',
    );
    expect(
      compare('<button aria-pressed="true"></button>', '<button aria-pressed="false"></button>').problem,
    ).toBe('element 0 (<button>): aria-pressed="true", "false" in the dark theme');
    // A colour where the app writes something else than a colour, or a style that differs beyond its colours.
    expect(compare('<i data-colour="#fff"></i>', '<i data-colour="#000"></i>').problem).toMatch(
      /data-colour/,
    );
    expect(compare('<i style="width: 1px"></i>', '<i style="width: 2px"></i>').problem).toMatch(
      /style="width: 1px", "width: 2px"/,
    );
    expect(compare('<i fill="none"></i>', '<i fill="#000"></i>').problem).toMatch(/fill="none"/);
  });

  it('leaves the text to the page: the same elements with other text compare equal', () => {
    // Text is no attribute: the build compares the cards' text apart (the drawings for two widths), and a theme
    // writes none.
    expect(compare('<b>clair</b>', '<b>sombre</b>')).toEqual({ colours: [], edits: [] });
  });
});

describe('applyThemeColours', () => {
  it('sets each edit as an inline style, which wins over the attribute, kept for a page read without styles', () => {
    const { root } = read(`${BAR('#a34400', '300')}<span style="width: 12px; color: rgb(1, 2, 3);"></span>`);
    applyThemeColours(root, [
      { element: 2, property: 'fill', value: `var(${colourProperty(0)})` },
      { element: 4, property: 'color', value: `var(${colourProperty(1)})` },
    ]);
    const path = root.querySelector('path');
    expect(path?.getAttribute('fill')).toBe('#a34400');
    expect(path?.getAttribute('style')).toBe('fill: var(--first-view-colour-0);');
    expect(root.querySelector('span')?.getAttribute('style')).toBe(
      'width: 12px; color: var(--first-view-colour-1);',
    );
  });

  it('refuses an edit for an element the page does not have: the page read is not the one compared', () => {
    const { root } = read('<b></b>');
    expect(() => applyThemeColours(root, [{ element: 1, property: 'fill', value: 'var(--x)' }])).toThrow(
      'No element 1 in the first view (1 elements)',
    );
  });
});

describe('themeColourRules', () => {
  it('gives each colour its light value on the page and its dark one in the dark theme', () => {
    expect(
      themeColourRules([
        { light: '#a34400', dark: '#ffae70' },
        { light: 'rgb(47, 93, 138)', dark: 'rgb(140, 196, 255)' },
      ]),
    ).toBe(
      ':root { --first-view-colour-0: #a34400; --first-view-colour-1: rgb(47, 93, 138); }\n' +
        ":root[data-theme='dark'] { --first-view-colour-0: #ffae70; --first-view-colour-1: rgb(140, 196, 255); }",
    );
    expect(themeColourRules([])).toBe('');
  });

  it('refuses a value that is not a colour, which could close the rules', () => {
    expect(() => themeColourRules([{ light: '#fff', dark: 'red; } body { display: none' }])).toThrow(
      'Not a colour',
    );
  });
});
