import { h, replace } from './dom.js';
import type { GraphNode } from './graph-data.js';
import type { SearchHit } from './queries.js';

/** One list item's button: swatch, kind, caption and the disambiguation note. */
function itemButton(
  item: { id: string; kind: string; caption: string },
  note: HTMLElement[],
  onclick: () => void,
): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: 'item', 'data-id': item.id, onclick },
    h('span', { class: `swatch kind-${item.kind}`, 'aria-hidden': 'true' }),
    h('span', { class: 'item-kind' }, item.kind),
    h('span', { class: 'item-text' }, item.caption),
    ...note,
  );
}

/** What the node list does when a row's buttons are pressed. */
export interface NodeListActions {
  open: (node: GraphNode) => void;
  expand: (node: GraphNode) => void;
  noteOf: (id: string) => HTMLElement[];
}

/** The "Nodes in view" list: one row per drawn node, with a button that opens it and one that expands it. */
export function renderNodeList(
  list: HTMLElement,
  nodes: readonly GraphNode[],
  actions: NodeListActions,
): void {
  replace(
    list,
    ...nodes.map((node) =>
      h(
        'li',
        { class: 'node-row' },
        itemButton(node, actions.noteOf(node.id), () => actions.open(node)),
        h(
          'button',
          {
            type: 'button',
            class: 'small expand',
            'aria-label': `Expand: draw the neighbours of ${node.caption}`,
            onclick: () => actions.expand(node),
          },
          '+',
        ),
      ),
    ),
  );
}

/** The search results: one button per hit, or a hint when nothing was found for `text`. */
export function renderResults(
  list: HTMLElement,
  hits: readonly SearchHit[],
  text: string,
  actions: { pick: (hit: SearchHit) => void; noteOf: (id: string) => HTMLElement[] },
): void {
  if (hits.length === 0) {
    replace(list, h('li', { class: 'hint' }, `Nothing found for “${text}”.`));
    return;
  }
  replace(
    list,
    ...hits.map((hit) =>
      h(
        'li',
        {},
        itemButton(hit, actions.noteOf(hit.id), () => actions.pick(hit)),
      ),
    ),
  );
}

/** The ids of the events and claims among `items`: the ones whose captions may need telling apart. */
export function idsToTellApart(items: readonly { id: string; kind: string }[]): string[] {
  return items.filter((item) => item.kind === 'Event' || item.kind === 'Claim').map((item) => item.id);
}

/** Marks the list item of `id` as the one whose details are shown (`aria-current`), and no other. */
export function markCurrent(list: HTMLElement, id: string): void {
  for (const button of list.querySelectorAll<HTMLElement>('button.item')) {
    if (button.dataset.id === id) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
}
