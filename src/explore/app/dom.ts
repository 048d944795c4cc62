import type { Segment } from './highlight.js';

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/**
 * Creates an element. Text children become text nodes (never HTML), so data from the API is never parsed
 * as markup. `on…` attributes become event listeners; `false`/`undefined` attributes are left out.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Looks up an element the page must have; a missing one is a bug in index.html, so fail loudly. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id} element; index.html and the script are out of step.`);
  return element as T;
}

/** Renders highlighted segments as text with `<mark>` elements. */
export function renderSegments(segments: readonly Segment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of segments) {
    if (segment.mark === 'none') fragment.append(segment.text);
    else fragment.append(h('mark', { class: `mark-${segment.mark}` }, segment.text));
  }
  return fragment;
}

/**
 * Arrow keys, Home and End move focus between the buttons of a list (Tab still leaves the list), so long
 * lists of results, nodes and claims can be walked with the keyboard alone.
 */
export function enableArrowKeys(list: HTMLElement): void {
  list.addEventListener('keydown', (event) => {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    const items = [...list.querySelectorAll<HTMLElement>('button, a[href]')];
    if (items.length === 0) return;
    const current = items.indexOf(document.activeElement as HTMLElement);
    let next = current;
    if (event.key === 'ArrowDown') next = Math.min(current + 1, items.length - 1);
    else if (event.key === 'ArrowUp') next = Math.max(current - 1, 0);
    else if (event.key === 'Home') next = 0;
    else next = items.length - 1;
    event.preventDefault();
    items[next]?.focus();
  });
}

/** Replaces the content of an element. */
export function replace(element: HTMLElement, ...children: Child[]): void {
  element.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
}

/** A date as the data gives it (`2016`, `2016-03`, `2016-03-27`), shown as written. */
export function formatDate(date: string | null | undefined): string {
  return date ?? 'undated';
}

/** Calls `handle` with the input's trimmed text when the form is submitted, unless the text is empty. */
export function onSubmitText(
  form: HTMLFormElement,
  input: HTMLInputElement,
  handle: (text: string) => Promise<void>,
): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text) void handle(text);
  });
}
