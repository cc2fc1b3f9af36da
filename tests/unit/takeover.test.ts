import { describe, expect, it } from 'vitest';
import { isDrawn } from '../../src/takeover';

const page = (html: string) => {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
};

describe('isDrawn', () => {
  it('is false for a page that shows no card yet', () => {
    expect(isDrawn(page(''))).toBe(false);
    expect(isDrawn(page('<header><h1>Pôles</h1></header>'))).toBe(false);
  });

  it('is false while a card loads its data or a chart its code', () => {
    expect(isDrawn(page('<section class="card card-loading"></section>'))).toBe(false);
    expect(
      isDrawn(
        page(
          '<section class="card"><figure class="chart"><div class="chart-placeholder"></div></figure></section>',
        ),
      ),
    ).toBe(false);
  });

  it('is false while a chart has drawn nothing', () => {
    expect(isDrawn(page('<section class="card"><figure class="chart"><div></div></figure></section>'))).toBe(
      false,
    );
  });

  it('is true once every chart is an SVG or a table', () => {
    expect(
      isDrawn(
        page(
          '<section class="card"><figure class="chart"><svg></svg></figure></section>' +
            '<section class="card"><figure class="chart"><table></table></figure></section>' +
            '<section class="card"><table></table></section>',
        ),
      ),
    ).toBe(true);
  });

  it('counts a chart deferred until it comes near the viewport as drawn', () => {
    expect(
      isDrawn(
        page(
          '<section class="card"><figure class="chart"><svg></svg></figure></section>' +
            '<section class="card"><figure class="chart"><div class="chart-placeholder" data-deferred=""></div></figure></section>',
        ),
      ),
    ).toBe(true);
  });
});
