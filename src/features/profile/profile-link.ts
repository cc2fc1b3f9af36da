import { parseUrlState } from '../../store/url-state';

interface LinkLike {
  readonly href: string;
  readonly target: string;
  readonly hasDownload: boolean;
}

/**
 * The pole a link opens when it only changes this page's query to name one (`?pole=<id>`), or null for any other
 * link (another page, another origin, a download, a new window), which the browser then follows as usual.
 */
export function profileOfLink(link: LinkLike, here: { readonly href: string }): string | null {
  if (link.hasDownload || (link.target !== '' && link.target !== '_self')) return null;
  let url: URL;
  let current: URL;
  try {
    url = new URL(link.href, here.href);
    current = new URL(here.href);
  } catch {
    return null;
  }
  if (url.origin !== current.origin || url.pathname !== current.pathname) return null;
  return parseUrlState(url.search).profile;
}
