// Finding, in a page drawn again by the same app, the copy of a control of the first drawing: the pre-rendered page
// and the live page (src/first-view-replay.ts), a pre-rendered card and its live card (components/card/adopted-card.tsx).

/** The controls a reader can click, focus or fill, and the charts' bars, which filter, in document order. */
export const CONTROLS =
  'a[href], button, input, select, textarea, summary, label, [role="button"], [tabindex="0"], [data-bar-id]';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export const isField = (element: Element): element is Field =>
  element instanceof HTMLInputElement ||
  element instanceof HTMLSelectElement ||
  element instanceof HTMLTextAreaElement;

/**
 * The control's name as a reader knows it: its label, its text, its placeholder or title; a bar, its category. A `for`
 * label is left out: both copies are in the document at once, with the same ids.
 */
function name(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label !== null) return label.trim();
  const own = text(isField(element) ? element.closest('label') : element);
  const named = ['placeholder', 'title', 'data-bar-id'].map(
    (attribute) => element.getAttribute(attribute) ?? '',
  );
  return [own, ...named].join('|');
}

/** What makes two copies of a control the same: its kind, its name, and the section it sits in. */
export function signature(element: Element): string {
  const heading = element.closest('section')?.querySelector('h2, h3');
  return [
    element.tagName.toLowerCase(),
    element.getAttribute('role') ?? '',
    element.getAttribute('type') ?? '',
    name(element),
    text(heading),
  ].join('\n');
}

/**
 * The first of the drawings of a chart pre-rendered for more than one width (scripts/prerender.mjs): each drawing is a
 * `.drawn-for` box holding the same marks in the same order, one of them shown.
 */
const firstDrawing = (box: Element) => box.parentElement?.querySelector(':scope > .drawn-for') ?? box;

/** The controls of `root`, a chart drawn for more than one width counted once: its first drawing. */
export const controls = (root: ParentNode) =>
  [...root.querySelectorAll(CONTROLS)].filter((node) => {
    const box = node.closest('.drawn-for');
    return box === null || firstDrawing(box) === box;
  });

/** The control itself, or, for a mark of a chart's other drawing (the one shown at another width), the same mark of its first. */
function counted(element: Element): Element {
  const box = element.closest('.drawn-for');
  if (box === null) return element;
  const first = firstDrawing(box);
  if (first === box) return element;
  const rank = [...box.querySelectorAll(CONTROLS)].indexOf(element);
  return first.querySelectorAll(CONTROLS)[rank] ?? element;
}

/**
 * The live copy of `element`, a control of the page `from`, in the page `to`: the control at the same place among
 * the controls, if it is the same; else the one with the same signature at the same rank, if both pages hold as many;
 * else none (a control that cannot be told apart is never guessed).
 */
export function matchControl(given: Element, from: ParentNode, to: ParentNode): Element | null {
  // Most often nothing is focused (the body): the live page's controls are then not even listed.
  if (!given.matches(CONTROLS)) return null;
  const element = counted(given);
  const before = controls(from);
  const at = before.indexOf(element);
  if (at < 0) return null;
  const after = controls(to);
  const wanted = signature(element);
  const same = after[at];
  if (same !== undefined && signature(same) === wanted) return same;
  const alike = before.filter((node) => signature(node) === wanted);
  const liveAlike = after.filter((node) => signature(node) === wanted);
  if (alike.length !== liveAlike.length) return null;
  return liveAlike[alike.indexOf(element)] ?? null;
}
