import { describe, expect, it } from 'vitest';
import { dashboardFrame, SLIDE_FONT, slideFrame } from '../../../../src/components/card/card-frame';

describe('dashboardFrame', () => {
  it('draws at the page’s size, with no height limit', () => {
    expect(dashboardFrame('dark', 'Filtres : aucun')).toEqual({
      mode: 'dashboard',
      theme: 'dark',
      fontSize: 13,
      rowHeight: 34,
      maxHeight: null,
      slide: false,
      filtersCaption: 'Filtres : aucun',
      imported: false,
    });
  });
});

describe('slideFrame', () => {
  it('draws in large type and gives the chart what the viewport leaves around the slide’s text', () => {
    expect(slideFrame('light', 'Filtres : région Centre', 1080)).toEqual({
      mode: 'slide',
      theme: 'light',
      fontSize: SLIDE_FONT,
      rowHeight: 40,
      maxHeight: 780,
      slide: true,
      filtersCaption: 'Filtres : région Centre',
      imported: false,
    });
    expect(SLIDE_FONT).toBe(24);
  });

  it('never gives the chart less than 200 pixels, however short the viewport', () => {
    expect(slideFrame('light', '', 400).maxHeight).toBe(200);
    expect(slideFrame('light', '', 501).maxHeight).toBe(201);
  });
});
