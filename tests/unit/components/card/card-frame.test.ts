import { describe, expect, it } from 'vitest';
import {
  dashboardFrame,
  embedFrame,
  SLIDE_FONT,
  slideFrame,
} from '../../../../src/components/card/card-frame';

describe('dashboardFrame', () => {
  it('draws at the page’s size, with no height limit', () => {
    const frame = dashboardFrame('dark', () => 'Filtres : aucun');
    expect(frame.filtersCaption()).toBe('Filtres : aucun');
    expect(frame).toEqual({
      mode: 'dashboard',
      theme: 'dark',
      fontSize: 13,
      rowHeight: 34,
      maxHeight: null,
      slide: false,
      filtersCaption: frame.filtersCaption,
      embedCodes: null,
      imported: false,
    });
  });

  it('carries the codes that « Intégrer » offers, when given', () => {
    const codes = (id: string, title: string) => ({
      iframe: `<iframe title="${title}">`,
      link: `?embed=${id}`,
    });
    expect(dashboardFrame('light', () => '', codes).embedCodes?.('carte', 'Carte')).toEqual({
      iframe: '<iframe title="Carte">',
      link: '?embed=carte',
    });
  });
});

describe('embedFrame', () => {
  it('draws at the dashboard’s size, in the embed mode, and offers no « Intégrer » inside an embed', () => {
    const caption = () => 'Filtres : thème Énergie';
    expect(embedFrame('light', caption)).toEqual({
      ...dashboardFrame('light', caption),
      mode: 'embed',
      embedCodes: null,
    });
  });
});

describe('slideFrame', () => {
  it('draws in large type and gives the chart what the viewport leaves around the slide’s text', () => {
    const frame = slideFrame('light', () => 'Filtres : région Centre', 1080);
    expect(frame.filtersCaption()).toBe('Filtres : région Centre');
    expect(frame).toEqual({
      mode: 'slide',
      theme: 'light',
      fontSize: SLIDE_FONT,
      rowHeight: 40,
      maxHeight: 780,
      slide: true,
      filtersCaption: frame.filtersCaption,
      embedCodes: null,
      imported: false,
    });
    expect(SLIDE_FONT).toBe(24);
  });

  it('never gives the chart less than 200 pixels, however short the viewport', () => {
    expect(slideFrame('light', () => '', 400).maxHeight).toBe(200);
    expect(slideFrame('light', () => '', 501).maxHeight).toBe(201);
  });
});
