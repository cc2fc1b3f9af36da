import { describe, expect, it } from 'vitest';
import { FILE_REFUSED, syncNotice } from '../../../../src/features/presentation/sync-notice';

describe('syncNotice', () => {
  it('says plainly, in both windows, that a page opened from a file cannot link its windows when the channel is refused', () => {
    expect(syncNotice('unavailable', true, true)).toBe(FILE_REFUSED);
    expect(syncNotice('unavailable', true, false)).toBe(FILE_REFUSED);
    expect(FILE_REFUSED).toMatch(
      /^La synchronisation entre fenêtres n’est pas possible depuis un fichier ouvert localement/,
    );
  });

  it('names the browser, not the file, when a page from a server has no channel', () => {
    expect(syncNotice('unavailable', false, true)).toMatch(/^Ce navigateur ne permet pas la synchronisation/);
  });

  it('tells the presenter whether the audience’s window is linked, and leaves the audience’s slide alone', () => {
    expect(syncNotice('linked', false, true)).toMatch(/^Fenêtre du public reliée/);
    expect(syncNotice('alone', false, true)).toMatch(/^Aucune fenêtre du public reliée/);
    expect(syncNotice('alone', true, true)).toMatch(/fichier ouvert localement/);
    expect(syncNotice('linked', false, false)).toBeNull();
    expect(syncNotice('alone', false, false)).toBeNull();
  });

  it('writes French typography: a narrow no-break space before « : » and « ; », and inside guillemets', () => {
    for (const text of [
      FILE_REFUSED,
      syncNotice('alone', false, true) ?? '',
      syncNotice('alone', true, true) ?? '',
    ])
      expect(text).not.toMatch(/ [:;]|[^\u202f][:;]|«[^\u202f]|[^\u202f]»/);
  });
});
