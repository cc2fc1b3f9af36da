import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { HeadlineFigures } from '../../src/features/headline/headline-figures';
import { DEFAULT_VIEW } from '../../src/model/view';
import { loadingFiles, readyFiles } from '../fixtures/card-files';
import { centrePoles, PRESS_RELEASE } from '../fixtures/centre-poles';
import { EN } from '../fixtures/i18n';
import { fundingRows } from '../fixtures/rows';

const files = () =>
  readyFiles({
    poles: centrePoles(),
    funding: fundingRows(),
    sources: [{ ...PRESS_RELEASE, id: 'direccte-centre-2014-01-07' }],
  });

describe('Headline figures in English', () => {
  it('names the list, writes the figures and cites the source in English', () => {
    render(
      <I18nProvider i18n={EN}>
        <HeadlineFigures files={files()} view={DEFAULT_VIEW} />
      </I18nProvider>,
    );
    const figures = within(screen.getByRole('list', { name: 'Key figures' })).getAllByRole('listitem');
    expect(figures.map((figure) => figure.textContent)).toEqual([
      expect.stringMatching(/^4clusters selected nationally/),
      expect.stringMatching(/^4clusters headquartered in the Centre region/),
      expect.stringMatching(/^620total memberships of the 4 Centre clustersa sum worked out here/),
      expect.stringMatching(/^nearly €5 millionfrom the State for the Centre clusters, 2013–2018/),
    ]);
    expect(figures[1]).toHaveAccessibleDescription(
      'Source: DIRECCTE Centre, “Pôles de compétitivité”, 7 January 2014',
    );
  });

  it('says « loading » while the clusters load, and titles the slide in English', () => {
    const { unmount } = render(
      <I18nProvider i18n={EN}>
        <HeadlineFigures files={loadingFiles} view={DEFAULT_VIEW} />
      </I18nProvider>,
    );
    expect(screen.getByRole('list', { name: 'Key figures' })).toHaveTextContent('loading');
    unmount();
    render(
      <I18nProvider i18n={EN}>
        <HeadlineFigures files={files()} view={DEFAULT_VIEW} slide />
      </I18nProvider>,
    );
    const slide = screen.getByRole('region', { name: 'Competitiveness clusters in figures' });
    expect(within(slide).getByText(/^Source:/)).toHaveTextContent(
      'Source: DIRECCTE Centre, “Pôles de compétitivité”, 7 January 2014.',
    );
  });
});
