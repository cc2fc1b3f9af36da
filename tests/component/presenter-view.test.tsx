import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';
import type { SlideRef } from '../../src/features/presentation/deck';
import { DECKS } from '../../src/features/presentation/decks';
import { PresenterView } from '../../src/features/presentation/presenter-view';
import type { OpenChannel } from '../../src/features/presentation/use-deck-sync';
import type { CardView } from '../../src/model/view';
import { slideFacts, slideTitle } from '../../src/slide-facts';
import { useDashboard } from '../../src/store/store';
import { channelBus } from '../fixtures/channel-bus';
import { loadBundledData } from '../fixtures/dashboard';
import { FR } from '../fixtures/i18n';

const FUNDING = 'Financement de l’État aux pôles du Centre, 2013-2018 (M€)';
const courant = DECKS.find((deck) => deck.id === 'courant');

beforeEach(loadBundledData);
afterEach(() => vi.useRealTimers());

function showPresenter(slide: number, options: { now?: () => number; openChannel?: OpenChannel } = {}) {
  act(() => useDashboard.getState().setPresentation({ deck: 'courant', slide, presenter: true }));
  const factsOf = (ref: SlideRef, view: CardView) => slideFacts(useDashboard.getState().files, ref, view, FR);
  return render(
    <PresenterView
      decks={DECKS}
      readerView={useDashboard.getState().view}
      captionFor={() => 'Filtres : aucun'}
      renderSlide={(ref) => <p>Diapositive dessinée : {ref.card}</p>}
      titleOf={(ref, view) => slideTitle(ref, view, FR)}
      factsOf={factsOf}
      now={options.now ?? (() => 0)}
      openChannel={options.openChannel ?? channelBus().openChannel}
    />,
  );
}

// The notes hold narrow no-break spaces, which the default normaliser would turn into plain ones.
const keepSpaces = (text: string) => text;
const section = (name: string | RegExp) => screen.getByRole('region', { name });
const slideList = () => screen.getByRole('navigation', { name: /^Diapositives/ });
const currentInList = () =>
  within(slideList())
    .getAllByRole('button')
    .filter((button) => button.getAttribute('aria-current') === 'true');

describe('The presenter’s window', () => {
  it('shows the current slide, the next one and the notes of the current slide, with its caveats and sources', () => {
    showPresenter(2);
    expect(screen.getByRole('heading', { level: 1, name: 'Vue présentateur' })).toBeInTheDocument();
    expect(screen.getByText('Diapositive 3 sur 7')).toBeInTheDocument();
    expect(section(/^Diapositive actuelle/)).toHaveAccessibleName(`Diapositive actuelle : ${FUNDING}`);
    expect(
      within(section(/^Diapositive actuelle/)).getByText('Diapositive dessinée : financement'),
    ).toBeVisible();

    const next = section('Diapositive suivante');
    expect(within(next).getByText('Pôles par thème')).toBeInTheDocument();
    expect(within(next).getByText('Diapositive dessinée : themes')).toBeInTheDocument();

    const notes = section('Notes');
    expect(
      within(notes).getByText(courant?.slides[2]?.notes ?? 'absent', { normalizer: keepSpaces }),
    ).toBeInTheDocument();
    // The takeaway, the estimate and the source come from the card's own model.
    expect(within(notes).getByText(/^L’État s’engage à financer les pôles du Centre/)).toBeInTheDocument();
    expect(
      within(notes).getByText(/^Montant annuel estimé : total réparti à parts égales/),
    ).toBeInTheDocument();
    expect(within(notes).getByRole('heading', { name: 'Source' })).toBeInTheDocument();
    expect(within(notes).getByText(/^DIRECCTE Centre, « Pôles de compétitivité/)).toBeInTheDocument();
  });

  it('says the deck ends after the last slide', () => {
    showPresenter(6);
    const next = section('Diapositive suivante');
    expect(within(next).getByText('Fin de la présentation')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suivante →' })).toBeDisabled();
  });

  it('lists every slide, marks the current one, and goes to the one chosen', async () => {
    const user = userEvent.setup();
    showPresenter(0);
    const buttons = within(slideList()).getAllByRole('button');
    expect(buttons).toHaveLength(7);
    expect(currentInList()).toEqual([buttons[0]]);
    expect(buttons[0]).toHaveAccessibleName('1. Les pôles de compétitivité en chiffres');

    await user.click(
      within(slideList()).getByRole('button', { name: '5. Pôles par région du siège (régions de 2013)' }),
    );

    expect(useDashboard.getState().presentation).toEqual({ deck: 'courant', slide: 4, presenter: true });
    expect(currentInList().map((button) => button.textContent)).toEqual([
      '5. Pôles par région du siège (régions de 2013)',
    ]);
  });

  it('obeys the presenter’s keys, and Escape does not close it', async () => {
    const user = userEvent.setup();
    showPresenter(0);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Diapositive 2 sur 7')).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(screen.getByText('Diapositive 3 sur 7')).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByText('Diapositive 7 sur 7')).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(screen.getByText('Diapositive 6 sur 7')).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(screen.getByText('Diapositive 1 sur 7')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(useDashboard.getState().presentation).toEqual({ deck: 'courant', slide: 0, presenter: true });
  });

  it('counts the time elapsed as mm:ss from the time it is given, and starts again at « Remettre à zéro »', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let time = 1_000_000;
    showPresenter(0, { now: () => time });
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('00:00');

    time += 65_000;
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(timer).toHaveTextContent('01:05');
    expect(timer).toHaveAccessibleName('Temps écoulé : 1 minute 5 secondes');

    act(() => screen.getByRole('button', { name: 'Remettre à zéro' }).click());
    expect(timer).toHaveTextContent('00:00');
    time += 3000;
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(timer).toHaveTextContent('00:03');
  });

  it('follows the audience’s window and moves it, through the channel of its deck', async () => {
    const user = userEvent.setup();
    const bus = channelBus();
    showPresenter(0, { openChannel: bus.openChannel });
    const audience = bus.openChannel('poles-presentation-courant');
    expect(audience).not.toBeNull();
    act(() => audience?.postMessage({ type: 'hello', deck: 'courant' }));
    act(bus.flush);
    expect(screen.getByRole('status')).toHaveTextContent(/^Fenêtre du public reliée/);

    act(() => audience?.postMessage({ type: 'goto', deck: 'courant', slide: 3 }));
    act(bus.flush);
    expect(screen.getByText('Diapositive 4 sur 7')).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(bus.sent.at(-1)).toEqual({ type: 'goto', deck: 'courant', slide: 4 });
  });

  it('says plainly that the windows cannot be linked when the browser refuses the channel', () => {
    showPresenter(0, { openChannel: () => null });
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Ce navigateur ne permet pas la synchronisation entre fenêtres/,
    );
    expect(screen.getByText('Diapositive 1 sur 7')).toBeInTheDocument();
  });
});

describe('The address vue=presentateur', () => {
  it('opens the presenter’s window instead of the dashboard', async () => {
    act(() => useDashboard.getState().setPresentation({ deck: 'centre', slide: 1, presenter: true }));
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vue présentateur' }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.getByText('Diapositive 2 sur 5')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Présenter' })).toBeNull();
  });
});
