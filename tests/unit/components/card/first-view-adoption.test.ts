import { describe, expect, it } from 'vitest';
import { dataFingerprint, renameIds } from '../../../../src/components/card/first-view-adoption';
import { perFileState } from '../../../../src/data/dataset';
import { readyFiles } from '../../../fixtures/card-files';
import { CENTRE_THEMES, centrePoles } from '../../../fixtures/centre-poles';

describe('renameIds', () => {
  it('renames every id of a pre-rendered card and every reference to it, and leaves the others', () => {
    const card = document.createElement('section');
    card.innerHTML =
      '<h3 id="_r_1_">Titre</h3><p id="_r_2_">À retenir</p>' +
      '<figure aria-labelledby="_r_1_ outside" aria-describedby="_r_2_"></figure>' +
      '<label for="_r_3_">Choix</label><input id="_r_3_"><a href="#_r_2_">lire</a><a href="#ailleurs">ailleurs</a>';
    card.setAttribute('aria-labelledby', '_r_1_');
    renameIds(card, 'first-view-');
    expect(card.getAttribute('aria-labelledby')).toBe('first-view-_r_1_');
    expect([...card.querySelectorAll('[id]')].map((element) => element.id)).toEqual([
      'first-view-_r_1_',
      'first-view-_r_2_',
      'first-view-_r_3_',
    ]);
    const figure = card.querySelector('figure');
    expect(figure?.getAttribute('aria-labelledby')).toBe('first-view-_r_1_ outside');
    expect(figure?.getAttribute('aria-describedby')).toBe('first-view-_r_2_');
    expect(card.querySelector('label')?.getAttribute('for')).toBe('first-view-_r_3_');
    expect([...card.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      '#first-view-_r_2_',
      '#ailleurs',
    ]);
  });

  it('renames what an SVG paint points at, so that the estimates keep their hatching', () => {
    const card = document.createElement('section');
    card.innerHTML =
      '<svg><defs><pattern id="estimate-hatch-light"></pattern></defs>' +
      '<rect fill="url(#estimate-hatch-light)" stroke="#123"></rect><rect fill="url(#elsewhere)"></rect></svg>';
    renameIds(card, 'first-view-');
    expect(card.querySelector('pattern')?.id).toBe('first-view-estimate-hatch-light');
    expect([...card.querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'))).toEqual([
      'url(#first-view-estimate-hatch-light)',
      'url(#elsewhere)',
    ]);
  });
});

describe('dataFingerprint', () => {
  it('is the same for the same rows and differs when one value changes', () => {
    const files = readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES });
    const again = readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES });
    expect(dataFingerprint(files)).toBe(dataFingerprint(again));
    const [first, ...others] = centrePoles();
    if (first === undefined) throw new Error('no pole in the fixture');
    const edited = readyFiles({
      poles: [{ ...first, name: `${first.name} ` }, ...others],
      themes: CENTRE_THEMES,
    });
    expect(dataFingerprint(edited)).not.toBe(dataFingerprint(files));
    expect(dataFingerprint(perFileState(() => ({ status: 'loading', rows: null })))).not.toBe(
      dataFingerprint(files),
    );
  });
});
