/** The type of the message an embedded card sends its parent page with its height. */
export const HEIGHT_MESSAGE_TYPE = 'poles-competitivite:height';

/** Height given to the iframe until the card reports its own. */
export const DEFAULT_EMBED_HEIGHT = 600;

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE_TYPE;
  /** The card id, as in `?embed=`. */
  readonly id: string;
  /** CSS pixels, rounded up so that nothing is cut. */
  readonly height: number;
}

export const heightMessage = (id: string, height: number): HeightMessage => ({
  type: HEIGHT_MESSAGE_TYPE,
  id,
  height: Math.ceil(height),
});

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What a site pastes to show a card: the iframe, and a script that sizes it to the height the card reports, trusting
 * messages from the dashboard's origin only. Several embeds on one page each size their own frame.
 */
export function iframeCode(src: string, title: string, origin: string): string {
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${DEFAULT_EMBED_HEIGHT}" style="border: 0; max-width: 1200px" loading="lazy"></iframe>`,
    '<script>',
    "  addEventListener('message', (event) => {",
    `    if (event.origin !== ${JSON.stringify(origin).replace(/</g, '\\u003c')} || event.data?.type !== '${HEIGHT_MESSAGE_TYPE}') return;`,
    "    for (const frame of document.querySelectorAll('iframe'))",
    '      if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;',
    '  });',
    '</script>',
  ].join('\n');
}

interface Observer {
  observe: (target: Element) => void;
  disconnect: () => void;
}

/**
 * Tells the parent page the height of `element` now and whenever it changes, so that the iframe fits the card
 * without a scroll bar. The height is no secret: any parent may read it ('*'); the parent checks our origin.
 */
export function reportHeight(
  element: Element,
  id: string,
  parent: Pick<Window, 'postMessage'>,
  observe: (callback: () => void) => Observer = (callback) => new ResizeObserver(callback),
): () => void {
  let last = -1;
  const post = () => {
    const { height } = heightMessage(id, element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage(heightMessage(id, height), '*');
  };
  const observer = observe(post);
  observer.observe(element);
  post();
  return () => observer.disconnect();
}
