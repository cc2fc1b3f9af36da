import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { ProfileDialog } from '../../src/features/profile/profile-dialog';
import { useDashboard } from '../../src/store/store';
import { loadBundledData } from '../fixtures/dashboard';
import { EN } from '../fixtures/i18n';

beforeEach(loadBundledData);

const noop = () => undefined;

describe('The profile dialog in English', () => {
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
});
