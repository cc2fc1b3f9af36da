import { useCallback, type MouseEvent } from 'react';
import { profileOfLink } from './profile-link';

/**
 * A click handler for a container: a plain click on a link to a pole's profile (`?pole=<id>`) opens it in place,
 * without reloading the page; a click with a modifier key (new tab, new window) is left to the browser.
 */
export function useProfileLinks(open: (id: string) => void): (event: MouseEvent) => void {
  return useCallback(
    (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const id = profileOfLink(
        { href: link.href, target: link.target, hasDownload: link.hasAttribute('download') },
        window.location,
      );
      if (id === null) return;
      event.preventDefault();
      // Safari does not focus a clicked link: the profile returns focus to what had it when it opened.
      link.focus({ preventScroll: true });
      open(id);
    },
    [open],
  );
}
