import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CardErrorBoundary } from '../../src/components/error-boundary';

let broken = true;

function Fragile() {
  if (broken) throw new Error('données incohérentes');
  return (
    <section aria-label="Carte réparée">
      <p>Tout va bien.</p>
    </section>
  );
}

function Sibling() {
  return (
    <section aria-label="Carte voisine">
      <p>La carte voisine s’affiche.</p>
    </section>
  );
}

describe('CardErrorBoundary', () => {
  it('replaces a card that throws by a message, while its sibling still renders, and can retry', async () => {
    // React reports the caught error with console.error and the boundary logs it with console.warn:
    // expected here, so silenced (restoreMocks puts both back after this test).
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    broken = true;
    const user = userEvent.setup();
    render(
      <>
        <CardErrorBoundary title="Carte fragile">
          <Fragile />
        </CardErrorBoundary>
        <CardErrorBoundary title="Carte voisine">
          <Sibling />
        </CardErrorBoundary>
      </>,
    );

    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Carte fragile' })).toBeInTheDocument();
    expect(alert).toHaveTextContent(
      'Cette carte n’a pas pu s’afficher (données incohérentes). Les autres vues restent disponibles.',
    );
    expect(screen.getByRole('region', { name: 'Carte voisine' })).toHaveTextContent(
      'La carte voisine s’affiche.',
    );
    expect(warn).toHaveBeenCalledWith(
      'Carte « Carte fragile » : données incohérentes',
      expect.stringContaining('Fragile'),
    );
    expect(error).toHaveBeenCalled();

    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('region', { name: 'Carte réparée' })).toHaveTextContent('Tout va bien.');
    expect(screen.getByRole('region', { name: 'Carte voisine' })).toBeInTheDocument();
  });
});
