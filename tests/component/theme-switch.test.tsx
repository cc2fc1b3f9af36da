import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { ThemeSwitch } from '../../src/features/theme/theme-switch';
import { EN } from '../fixtures/i18n';

describe('ThemeSwitch', () => {
  it('names its group and choices in French by default', () => {
    render(<ThemeSwitch />);
    const group = screen.getByRole('group', { name: 'Thème d’affichage' });
    expect(group.textContent).toBe('AutoClairSombre');
  });

  it('names its group and choices in English', () => {
    render(
      <I18nProvider i18n={EN}>
        <ThemeSwitch />
      </I18nProvider>,
    );
    expect(screen.getByRole('group', { name: 'Display theme' }).textContent).toBe('AutoLightDark');
  });
});
