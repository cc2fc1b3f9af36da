/**
 * What a reader did on the build's pre-rendered first view before the live page took over, done again on the live
 * page: the last click (recorded by scripts/first-view.js, which marks the control `aria-busy`), the focus, and the
 * text typed or the option chosen. The live page is the same app drawn again, so each control is found at the same
 * place among the page's controls, and only if it is the same control (a chart pre-rendered for several widths counts
 * once: src/lib/control-match.ts).
 */

import { CONTROLS, isField, matchControl } from './lib/control-match';

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

/**
 * True when `node` lies in a pre-rendered card that the live page `to` keeps as it is (it has a place for it:
 * src/components/card/first-view-adoption.ts): the control is then moved, not drawn again.
 */
function inKeptCard(node: Element, to: ParentNode): boolean {
  const id = node.closest('[data-card]')?.getAttribute('data-card');
  return id !== undefined && id !== null && to.querySelector(`[data-adopt="${CSS.escape(id)}"]`) !== null;
}

/**
 * What the reader did on the pre-rendered page `from`, turned into the controls of the live page `to`. A control of a
 * card the live page keeps is that very control: clicked or focused again once moved, it hands over to the live card
 * (src/components/card/adopted-card.tsx).
 */
export function readFirstViewInput(from: ParentNode, to: ParentNode, active: Element | null): FirstViewInput {
  const live = (node: Element) => (inKeptCard(node, to) ? node : matchControl(node, from, to));
  // Only what the reader marked or changed is looked for among the page's controls, which are many (every bar and
  // region of the charts): this runs in the task that swaps the pages.
  const clicked = [...from.querySelectorAll('[aria-busy="true"]')]
    .filter((node) => node.matches(CONTROLS))
    .at(-1);
  const values = [...from.querySelectorAll('input, select, textarea')].flatMap((node) => {
    const value = changedValue(node);
    // A field of a kept card keeps what the reader typed.
    if (value === null || inKeptCard(node, to)) return [];
    const element = matchControl(node, from, to);
    return element === null ? [] : [{ element, value }];
  });
  return {
    click: clicked === undefined ? null : live(clicked),
    focus: active === null ? null : live(active),
    values,
  };
}

/**
 * Does on the live page what the reader did on the pre-rendered one: values first, then the focus, then the click. A
 * control of a kept card is not focused before a click: its card would go live at the focus and the click be lost; the
 * click gives its live card the focus too.
 */
export function replayFirstViewInput({ click, focus, values }: FirstViewInput): void {
  for (const { element, value } of values) setValue(element, value);
  const kept = (focus?.closest('[data-adopt]') ?? null) !== null;
  if ((focus instanceof HTMLElement || focus instanceof SVGElement) && !(kept && click !== null))
    focus.focus({ preventScroll: true });
  if (click instanceof HTMLElement) click.click();
  else click?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}
