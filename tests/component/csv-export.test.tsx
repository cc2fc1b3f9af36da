import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FetchText } from '../../src/data/load';
import { fetcherFromDisk } from '../fixtures/disk';
import { MembershipCard } from '../../src/features/membership/membership-card';
import { initialState, useDashboard } from '../../src/store/store';

const diskFetcher: FetchText = fetcherFromDisk;

const added: ('createObjectURL' | 'revokeObjectURL')[] = [];

beforeEach(async () => {
  // Older jsdom releases lack the object-URL functions: define stand-ins so that they can be spied on.
  if (typeof URL.createObjectURL !== 'function') {
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: () => '' });
    added.push('createObjectURL');
  }
  if (typeof URL.revokeObjectURL !== 'function') {
    Object.defineProperty(URL, 'revokeObjectURL', {
      configurable: true,
      writable: true,
      value: () => undefined,
    });
    added.push('revokeObjectURL');
  }
  useDashboard.setState(initialState);
  await act(() => useDashboard.getState().load(diskFetcher));
});

afterEach(() => {
  for (const name of added.splice(0)) Reflect.deleteProperty(URL, name);
});

/** Spies on the download: returns the blobs handed to createObjectURL and the file names clicked. */
function spyOnDownload() {
  const blobs: Blob[] = [];
  const fileNames: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    if (object instanceof Blob) blobs.push(object);
    return `blob:test/${blobs.length}`;
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  // jsdom does not navigate: record the link that would download instead.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    fileNames.push(this.download);
  });
  return { blobs, fileNames, revoke };
}

/**
 * The blob's text with its BOM: Blob#text() decodes as UTF-8 and, per the Encoding standard, drops a
 * leading BOM, so it could never show one; a TextDecoder told to keep it can.
 */
async function csvText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

describe('CSV export', () => {
  it('downloads the membership data as UTF-8 CSV with a BOM', async () => {
    const user = userEvent.setup();
    const { blobs, fileNames, revoke } = spyOnDownload();
    render(<MembershipCard />);
    const section = screen.getByRole('region', { name: 'Adhérents des pôles du Centre' });

    await user.click(
      within(section).getByRole('button', {
        name: 'Télécharger les données de « Adhérents des pôles du Centre » en CSV',
      }),
    );

    expect(blobs).toHaveLength(1);
    expect(fileNames).toEqual(['adherents-poles-centre.csv']);
    const [blob] = blobs;
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    if (blob === undefined) return;
    const text = await csvText(blob);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Pôle,Thème,Adhérents,Part du total,Année du chiffre,Réserve');
    // Raw numbers, not the French display ("300", not "300 (48 %)").
    expect(lines[1]).toBe('Cosmetic Valley,Biens de consommation,300,0.4839,2014,');
    expect(text).toContain('Cosmetic Valley');
    expect(text).toContain('300');
    expect(lines.filter((line) => line !== '')).toHaveLength(5);
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:test/1'));
  });

  it('exports exactly what the card shows: all poles once “Tous les pôles” is chosen', async () => {
    const user = userEvent.setup();
    const { blobs, fileNames } = spyOnDownload();
    render(<MembershipCard />);
    await user.click(screen.getByRole('button', { name: 'Tous les pôles' }));
    await user.click(
      screen.getByRole('button', {
        name: 'Télécharger les données de « Adhérents des pôles en vue » en CSV',
      }),
    );

    expect(fileNames).toEqual(['adherents-poles.csv']);
    const [blob] = blobs;
    expect(blob).toBeDefined();
    if (blob === undefined) return;
    const lines = (await csvText(blob))
      .slice(1)
      .split('\r\n')
      .filter((line) => line !== '');
    // Header, 44 poles with a count, 27 without (exported with an empty count, never 0).
    expect(lines).toHaveLength(1 + 44 + 27);
    expect(lines).toContain('Alsace BioValley,Biotechnologies et santé,,,,');
    expect(lines.some((line) => line.startsWith('Aerospace Valley,Aéronautique et espace,637,,,'))).toBe(
      true,
    );
  });
});
