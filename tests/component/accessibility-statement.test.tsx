import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { AccessibilityStatement } from '../../src/features/accessibility/accessibility-statement';
import { EN } from '../fixtures/i18n';

describe('The accessibility statement', () => {
  it('reads in French by default, word for word as before', () => {
    render(<AccessibilityStatement />);
    expect(screen.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' })).toHaveFocus();
    expect(screen.getByText(/^Aucun audit complet des 106 critères du RGAA/).closest('p')).toHaveTextContent(
      /^Non conforme\. Aucun audit complet/,
    );
    expect(screen.getByText('Déclaration établie le 26 novembre 2026.')).toBeInTheDocument();
    expect(screen.getByText(/estimations sont hachurées et nommées « estimé »/)).toBeInTheDocument();
  });

  it('reads in full English, with an English date and the French institution marked as French', () => {
    render(
      <I18nProvider i18n={EN}>
        <AccessibilityStatement />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toHaveFocus();
    expect(screen.getByRole('link', { name: '← Back to the dashboard' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Compliance status',
      'What was checked, and how',
      'Known limitations',
      'Technologies used',
      'Reporting a problem',
    ]);
    expect(screen.getByText('Not compliant.').tagName).toBe('STRONG');
    expect(screen.getByText(/from 390 to 1,920 pixels wide/)).toBeInTheDocument();
    expect(screen.getByText('Statement drawn up on 26 November 2026.')).toBeInTheDocument();
    expect(screen.getByText('Défenseur des droits')).toHaveAttribute('lang', 'fr');
  });
});
