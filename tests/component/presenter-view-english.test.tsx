import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import type { SlideRef } from '../../src/features/presentation/deck';
import { decksIn } from '../../src/features/presentation/decks';
import { PresentControls } from '../../src/features/presentation/present-controls';
import { PresenterView } from '../../src/features/presentation/presenter-view';
import type { CardView } from '../../src/model/view';
import { slideFacts, slideTitle } from '../../src/slide-facts';
import { useDashboard } from '../../src/store/store';
import { channelBus } from '../fixtures/channel-bus';
import { loadBundledData } from '../fixtures/dashboard';
import { EN } from '../fixtures/i18n';

beforeEach(loadBundledData);

function showPresenter(slide: number) {
  act(() => useDashboard.getState().setPresentation({ deck: 'courant', slide, presenter: true }));
  const factsOf = (ref: SlideRef, view: CardView) => slideFacts(useDashboard.getState().files, ref, view, EN);
  return render(
    <I18nProvider i18n={EN}>
      <PresenterView
        decks={decksIn(EN)}
        readerView={useDashboard.getState().view}
        captionFor={() => 'Filters: none'}
        renderSlide={(ref) => <p>Slide drawn: {ref.card}</p>}
        titleOf={(ref, view) => slideTitle(ref, view, EN)}
        factsOf={factsOf}
        now={() => 0}
        openChannel={channelBus().openChannel}
      />
    </I18nProvider>,
  );
}

describe('The presenter’s window in English', () => {
  it('names its parts, the slide count, the clock and the notes in English', () => {
    showPresenter(2);
    expect(screen.getByRole('heading', { level: 1, name: 'Presenter view' })).toBeInTheDocument();
    expect(screen.getByText('Slide 3 of 7')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^Current slide: / })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Next slide' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '← Previous' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Next →' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Close the presenter view' })).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time elapsed: 0 seconds' })).toHaveTextContent('00:00');
    expect(screen.getByRole('button', { name: 'Reset' })).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: 'Notes' });
    expect(within(notes).getByText(/^Announce the total State amount/)).toBeInTheDocument();
    expect(within(notes).getByRole('heading', { name: 'Takeaway' })).toBeInTheDocument();
    expect(
      screen.getByRole('navigation', { name: 'Slides “Current view (filters applied)”' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^No audience window linked: open the presentation/);
  });

  it('says where the deck ends', () => {
    showPresenter(6);
    expect(screen.getByText('End of the presentation')).toBeInTheDocument();
  });
});

describe('The presentation controls in English', () => {
  it('offer the decks by their English names and the two ways to present', () => {
    render(
      <I18nProvider i18n={EN}>
        <PresentControls decks={decksIn(EN)} />
      </I18nProvider>,
    );
    const group = screen.getByRole('group', { name: 'Presentation' });
    expect(within(group).getByRole('combobox', { name: 'Slides to present' })).toHaveDisplayValue(
      'Current view (filters applied)',
    );
    expect(within(group).getByRole('option', { name: 'The 71 national clusters' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Present' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Presenter view' })).toBeInTheDocument();
  });
});
