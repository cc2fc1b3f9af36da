import { describe, expect, it } from 'vitest';
import { profileOfLink } from '../../../../src/features/profile/profile-link';

const HERE = { href: 'https://example.org/tableau/?theme=energie' };
const link = (href: string, extra: { target?: string; hasDownload?: boolean } = {}) => ({
  href,
  target: extra.target ?? '',
  hasDownload: extra.hasDownload ?? false,
});

describe('profileOfLink', () => {
  it('gives the pole of a link that only changes the query of this page', () => {
    expect(profileOfLink(link('?pole=elastopole'), HERE)).toBe('elastopole');
    expect(profileOfLink(link('https://example.org/tableau/?pole=dream&theme=mer'), HERE)).toBe('dream');
  });

  it('leaves other links to the browser', () => {
    expect(profileOfLink(link('?theme=mer'), HERE)).toBeNull();
    expect(profileOfLink(link('https://example.com/tableau/?pole=dream'), HERE)).toBeNull();
    expect(profileOfLink(link('/autre/?pole=dream'), HERE)).toBeNull();
    expect(profileOfLink(link('?pole=dream', { target: '_blank' }), HERE)).toBeNull();
    expect(profileOfLink(link('?pole=dream', { hasDownload: true }), HERE)).toBeNull();
    expect(profileOfLink(link('?pole=Pas%20un%20id'), HERE)).toBeNull();
  });
});
