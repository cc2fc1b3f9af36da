import { describe, expect, it } from 'vitest';
import type { SelectControl, SwitchControl } from '../../../../src/components/card/card-model';
import {
  chooseColumns,
  chooseRows,
  crossTabControls,
} from '../../../../src/features/cross-tab/cross-tab-controls';
import { FR } from '../../../fixtures/i18n';
import { applyViewAction, DEFAULT_CROSS_TAB } from '../../../../src/model/view';
import { viewWith } from './fixture';

const select = (label: string, view = viewWith()): SelectControl => {
  const control = crossTabControls(view, FR).find((c) => c.label === label);
  if (control?.kind !== 'select') throw new Error(`no select « ${label} »`);
  return control;
};

const shareSwitch = (view = viewWith()): SwitchControl => {
  const control = crossTabControls(view, FR).find((c) => c.kind === 'switch');
  if (control?.kind !== 'switch') throw new Error('no switch');
  return control;
};

describe('chooseRows and chooseColumns', () => {
  it('change one side and keep the other', () => {
    expect(chooseRows(DEFAULT_CROSS_TAB, 'regions')).toEqual({
      type: 'set-cross-tab',
      rows: 'regions',
      columns: 'evaluations',
    });
    expect(chooseColumns(DEFAULT_CROSS_TAB, 'years')).toEqual({
      type: 'set-cross-tab',
      rows: 'themes',
      columns: 'years',
    });
  });

  it('swap the two when the other side’s dimension is chosen', () => {
    expect(chooseRows(DEFAULT_CROSS_TAB, 'evaluations')).toEqual({
      type: 'set-cross-tab',
      rows: 'evaluations',
      columns: 'themes',
    });
    expect(chooseColumns(DEFAULT_CROSS_TAB, 'themes')).toEqual({
      type: 'set-cross-tab',
      rows: 'evaluations',
      columns: 'themes',
    });
  });
});

describe('crossTabControls', () => {
  it('offers the five facets for the rows and for the columns, the current ones selected', () => {
    const rows = select('Lignes');
    expect(rows.selected).toBe('themes');
    expect(rows.options.map((option) => option.label)).toEqual([
      'Thème',
      'Région du siège (2013)',
      'Statut au label',
      'Année du label',
      'Évaluation 2012',
    ]);
    expect(select('Colonnes').selected).toBe('evaluations');
  });

  it('names the regions by the map the view follows', () => {
    const rows = select('Lignes', viewWith({}, {}, '2016'));
    expect(rows.options.find((option) => option.value === 'regions')?.label).toBe('Région du siège (2016)');
  });

  it('emits actions that the reducer applies, swapping when a side takes the other’s facet', () => {
    const view = viewWith();
    const regions = select('Lignes').options.find((option) => option.value === 'regions');
    expect(regions === undefined ? view : applyViewAction(view, regions.action).crossTab).toEqual({
      rows: 'regions',
      columns: 'evaluations',
      share: 'count',
    });
    const themes = select('Colonnes').options.find((option) => option.value === 'themes');
    expect(themes === undefined ? view : applyViewAction(view, themes.action).crossTab).toEqual({
      rows: 'evaluations',
      columns: 'themes',
      share: 'count',
    });
  });

  it('switches what the cells show, the current choice pressed', () => {
    const control = shareSwitch(viewWith({ share: 'row' }));
    expect(control.label).toBe('Valeurs du tableau croisé');
    expect(control.options.map((option) => [option.label, option.pressed])).toEqual([
      ['Effectifs', false],
      ['% en ligne', true],
      ['% en colonne', false],
    ]);
    expect(control.options.map((option) => option.action)).toEqual([
      { type: 'set-cross-share', share: 'count' },
      { type: 'set-cross-share', share: 'row' },
      { type: 'set-cross-share', share: 'column' },
    ]);
  });
});
