import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { ProfileDialog } from '../../src/features/profile/profile-dialog';
import { useDashboard } from '../../src/store/store';
import { loadBundledData } from '../fixtures/dashboard';
import { EN } from '../fixtures/i18n';
import { frenchIn } from '../e2e/french-words';

beforeEach(loadBundledData);

const noop = () => undefined;

/**
 * Every text and accessible name of the element outside `lang="fr"`, as the English page's browser test reads them;
 * the citations of sources (their own selectors' tests cover their language) aside.
 */
function textsOutsideFrench(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.parentElement?.closest('[lang="fr"], .profile-source, figcaption') !== null) continue;
    const text = node.textContent?.trim() ?? '';
    if (text !== '') texts.push(text);
  }
  for (const element of root.querySelectorAll('[aria-label]'))
    texts.push(element.getAttribute('aria-label') ?? '');
  return texts;
}

function renderProfile(id: string) {
  const { files, view } = useDashboard.getState();
  return render(
    <I18nProvider i18n={EN}>
      <ProfileDialog
        files={files}
        id={id}
        view={view}
        onAction={noop}
        onOpen={noop}
        onClose={noop}
        listTarget={() => null}
        search={null}
      />
    </I18nProvider>,
  );
}

describe('The profile dialog in English', { timeout: 20_000 }, () => {
  it('names the dialog and its close button, and says in English that the clusters file could not be read', () => {
    const { files, view } = useDashboard.getState();
    render(
      <I18nProvider i18n={EN}>
        <ProfileDialog
          files={{ ...files, poles: { status: 'error', issues: [], rows: null } }}
          id="elastopole"
          view={view}
          onAction={noop}
          onOpen={noop}
          onClose={noop}
          listTarget={() => null}
          search={null}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('dialog', { name: 'Cluster profile' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close the profile' })).toHaveTextContent('× Close');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The clusters file could not be read: the profile cannot be shown.',
    );
  });

  it('shows a Centre cluster’s profile in English, the press release’s words, its notes and source title marked French', () => {
    renderProfile('dream');
    const dialog = screen.getByRole('dialog', { name: 'Cluster profile: DREAM Eau & Milieux' });
    expect(screen.getByRole('button', { name: 'Add to the comparison' })).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent('No cluster in the comparison.');
    for (const name of ['Download the profile as CSV', 'Download the profile as Excel', 'Print the profile'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    const facts = screen.getByRole('table', { name: 'Facts and sources' });
    expect(within(facts).getByRole('rowheader', { name: 'Number of members' }).nextSibling).toHaveTextContent(
      /^80 members \(2014 figure\)DIRECCTE Centre, 7 January 2014$/,
    );
    expect(dialog.querySelector('blockquote')).toHaveAttribute('lang', 'fr');
    const caption = dialog.querySelector('figcaption');
    expect(caption).toHaveTextContent(
      /^The cluster’s field in the words of the press release: DIRECCTE Centre, /,
    );
    expect(caption?.querySelector('[lang="fr"]')).toHaveTextContent(
      'Pôles de compétitivité : nouvelle phase 2013-2018',
    );
    expect(dialog.querySelector('.profile-source [lang="fr"]')).toHaveTextContent(
      'Pôles de compétitivité : nouvelle phase 2013-2018',
    );
    expect(screen.getByText(/^Labellisé le 11\/5\/2010/)).toHaveAttribute('lang', 'fr');
    expect(
      screen.getByRole('heading', { name: 'Among the clusters of the same theme and of the same region' }),
    );
    expect(screen.getAllByText('(this cluster)')).toHaveLength(2);
    expect(frenchIn(textsOutsideFrench(dialog))).toEqual([]);
  });

  it('marks a doubt French and lists the clusters with no known count in English', () => {
    renderProfile('id4car');
    const dialog = screen.getByRole('dialog', { name: 'Cluster profile: iD4CAR' });
    expect(screen.getByRole('note')).toHaveTextContent(/^Caveat: Siège 2012-2013 non confirmé/);
    expect(within(screen.getByRole('note')).getByText(/^Siège/)).toHaveAttribute('lang', 'fr');
    expect(screen.getAllByText('No known member count, not ranked:').length).toBeGreaterThan(0);
    expect(frenchIn(textsOutsideFrench(dialog))).toEqual([]);
  });
});
