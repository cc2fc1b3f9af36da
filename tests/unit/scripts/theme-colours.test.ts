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
      { element: 2, tag: 'path', property: 'fill', value: `var(${colourProperty(0)}, #a34400)` },
      { element: 6, tag: 'path', property: 'fill', value: `var(${colourProperty(0)}, #a34400)` },
      { element: 8, tag: 'rect', property: 'stroke', value: `var(${colourProperty(1)}, #7a8a9c)` },
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
    const variable = `var(${colourProperty(0)}, rgb(47, 93, 138))`;
    expect(edits).toEqual([
      { element: 0, tag: 'span', property: 'border', value: `1.5px solid ${variable}` },
      {
        element: 0,
        tag: 'span',
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
    expect(edits).toEqual([
      { element: 3, tag: 'rect', property: 'fill', value: `var(${colourProperty(0)}, #dfe8f2)` },
    ]);
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

  it('says where the two pages differ otherwise, for the build to stop there', () => {
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

  it('says where the text differs, element by element', () => {
    expect(compare('<p>Thème <b>clair</b></p>', '<p>Thème <b>sombre</b></p>').problem).toBe(
      'element 1 (<b>): the text « clair », « sombre » in the dark theme',
    );
    expect(compare('<p>Thème <b>clair</b></p>', '<p>Theme <b>clair</b></p>').problem).toMatch(
      /^element 0 \(<p>\)/,
    );
  });

  it('counts a pair of colours once however it was written, the first writing kept', () => {
    const { colours, edits } = compare(
      '<path fill="#2F5D8A"></path><i style="color: rgb(47, 93, 138)"></i><b style="color: #fff"></b>',
      '<path fill="#8cc4ff"></path><i style="color: rgb(140, 196, 255)"></i><b style="color: #000"></b>',
    );
    expect(colours).toEqual([
      { light: '#2F5D8A', dark: '#8cc4ff' },
      { light: '#fff', dark: '#000' },
    ]);
    expect(edits?.map((edit) => edit.value)).toEqual([
      `var(${colourProperty(0)}, #2F5D8A)`,
      `var(${colourProperty(0)}, rgb(47, 93, 138))`,
      `var(${colourProperty(1)}, #fff)`,
    ]);
  });

  it('leaves an attribute alone where the inline style sets the same property, and only there', () => {
    const { edits } = compare(
      '<text fill="#1b1f24" style="fill: currentcolor;"></text><path fill="#1b1f24" stroke="#fff" style="stroke: red;"></path>',
      '<text fill="#ffffff" style="fill: currentcolor;"></text><path fill="#ffffff" stroke="#000" style="stroke: red;"></path>',
    );
    expect(edits).toEqual([
      { element: 1, tag: 'path', property: 'fill', value: `var(${colourProperty(0)}, #1b1f24)` },
    ]);
  });

  it('refuses what no property could hold: an id that looks like a colour, a value cut at its `;`', () => {
    expect(
      compare('<i style="fill: url(#abc123)"></i>', '<i style="fill: url(#def456)"></i>').problem,
    ).toMatch(/^element 0 \(<i>\): style=/);
    const image = (colour: string) => `<i style="background: url(data:image/png;base64,AAAA) ${colour}"></i>`;
    expect(compare(image('#fff'), image('#000')).problem).toMatch(/^element 0 \(<i>\): style=/);
  });

  it('counts rgb() written with or without spaces as one colour', () => {
    const { colours } = compare(
      '<i style="color: rgb(47, 93, 138)"></i><b style="color: rgb(47,93,138)"></b>',
      '<i style="color: rgb(140, 196, 255)"></i><b style="color: rgb(140,196,255)"></b>',
    );
    expect(colours).toHaveLength(1);
  });
});

describe('applyThemeColours', () => {
  // That the inline style wins over the attribute in a browser is checked in tests/e2e/first-view.spec.ts.
  it('writes each edit into the inline style, keeping the attribute and the other declarations', () => {
    const { root } = read(`${BAR('#a34400', '300')}<span style="width: 12px; color: rgb(1, 2, 3);"></span>`);
    applyThemeColours(root, [
      { element: 2, tag: 'path', property: 'fill', value: `var(${colourProperty(0)}, #a34400)` },
      { element: 4, tag: 'span', property: 'color', value: `var(${colourProperty(1)}, rgb(1, 2, 3))` },
    ]);
    const path = root.querySelector('path');
    expect(path?.getAttribute('fill')).toBe('#a34400');
    expect(path?.getAttribute('style')).toBe('fill: var(--first-view-colour-0, #a34400);');
    expect(root.querySelector('span')?.getAttribute('style')).toBe(
      'width: 12px; color: var(--first-view-colour-1, rgb(1, 2, 3));',
    );
  });

  it('refuses an edit for an element the page does not have, or has not there: the page changed since', () => {
    const { root } = read('<b></b>');
    expect(() =>
      applyThemeColours(root, [{ element: 1, tag: 'b', property: 'fill', value: 'var(--x, #fff)' }]),
    ).toThrow('No <b> at element 1 of the first view (none): the page changed since it was compared');
    expect(() =>
      applyThemeColours(root, [{ element: 0, tag: 'path', property: 'fill', value: 'var(--x, #fff)' }]),
    ).toThrow('No <path> at element 0 of the first view (<b>)');
  });
});

describe('themeColourRules', () => {
  it('gives each colour its dark value in the dark theme; in the light one, each takes its fallback', () => {
    expect(
      themeColourRules([
        { light: '#a34400', dark: '#ffae70' },
        { light: 'rgb(47, 93, 138)', dark: 'rgb(140, 196, 255)' },
      ]),
    ).toBe(
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
