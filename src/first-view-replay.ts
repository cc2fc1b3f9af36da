/**
 * What a reader did on the build's pre-rendered first view before the live page took over, done again on the live
 * page: the last click (recorded by scripts/first-view.js, which marks the control `aria-busy`), the focus, and the
 * text typed or the option chosen. The live page is the same app drawn again, so each control is found at the same
 * place among the page's controls, and only if it is the same control.
 */

/** The controls a reader can click, focus or fill, and the charts' bars, which filter, in document order. */
const CONTROLS =
  'a[href], button, input, select, textarea, summary, label, [role="button"], [tabindex="0"], [data-bar-id]';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isField = (element: Element): element is Field =>
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

const controls = (root: ParentNode) => [...root.querySelectorAll(CONTROLS)];

/**
 * The live copy of `element`, a control of the page `from`, in the page `to`: the control at the same place among
 * the controls, if it is the same; else the one with the same signature at the same rank, if both pages hold as many;
 * else none (a control that cannot be told apart is never guessed).
 */
export function matchControl(element: Element, from: ParentNode, to: ParentNode): Element | null {
  const before = controls(from);
  const after = controls(to);
  const at = before.indexOf(element);
  if (at < 0) return null;
  const wanted = signature(element);
  const same = after[at];
  if (same !== undefined && signature(same) === wanted) return same;
  const alike = before.filter((node) => signature(node) === wanted);
  const liveAlike = after.filter((node) => signature(node) === wanted);
  if (alike.length !== liveAlike.length) return null;
  return liveAlike[alike.indexOf(element)] ?? null;
}

/** The value the reader gave a text field or a list, if it is not the one the page was built with. */
function changedValue(element: Element): string | null {
  if (element instanceof HTMLSelectElement) {
    // With no option marked `selected`, a list shows its first.
    const initial = Math.max(
      0,
      [...element.options].findIndex((option) => option.defaultSelected),
    );
    return element.selectedIndex === initial ? null : element.value;
  }
  if (element instanceof HTMLTextAreaElement)
    return element.value === element.defaultValue ? null : element.value;
  if (!(element instanceof HTMLInputElement) || !/^(text|search|)$/.test(element.type)) return null;
  return element.value === element.defaultValue ? null : element.value;
}

/** Sets a live field's value as typing would, so that React sees it: the element's own setter, then the event. */
function setValue(element: Element, value: string): void {
  if (!isField(element)) return;
  const proto =
    element instanceof HTMLSelectElement
      ? HTMLSelectElement.prototype
      : element instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement.prototype
        : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, value);
  if (element instanceof HTMLSelectElement) {
    element.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.setSelectionRange(value.length, value.length);
}

export interface FirstViewInput {
  /** The live control the last click goes to, if it was found. */
  click: Element | null;
  /** The live control to focus, if it was found. */
  focus: Element | null;
  /** Live fields and the values the reader gave their pre-rendered copies. */
  values: { element: Element; value: string }[];
}

/** What the reader did on the pre-rendered page `from`, turned into the controls of the live page `to`. */
export function readFirstViewInput(from: ParentNode, to: ParentNode, active: Element | null): FirstViewInput {
  const busy = controls(from).filter((node) => node.getAttribute('aria-busy') === 'true');
  const clicked = busy.at(-1);
  const values = controls(from).flatMap((node) => {
    const value = changedValue(node);
    const element = value === null ? null : matchControl(node, from, to);
    return element === null || value === null ? [] : [{ element, value }];
  });
  return {
    click: clicked === undefined ? null : matchControl(clicked, from, to),
    focus: active === null ? null : matchControl(active, from, to),
    values,
  };
}

/** Does on the live page what the reader did on the pre-rendered one: values first, then the focus, then the click. */
export function replayFirstViewInput({ click, focus, values }: FirstViewInput): void {
  for (const { element, value } of values) setValue(element, value);
  if (focus instanceof HTMLElement || focus instanceof SVGElement) focus.focus({ preventScroll: true });
  if (click instanceof HTMLElement) click.click();
  else click?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}
