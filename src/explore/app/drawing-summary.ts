import type { VisibleSubgraph } from './graph-data.js';

/** What the page says about the drawing: the count line, the canvas's label and the "more" button. */
export interface DrawingSummary {
  count: string;
  graphLabel: string;
  more: { hidden: boolean; text: string; disabled: boolean; title: string; label: string };
}

/** The words for a drawing of `visible`; `canMore` is false once the drawing is full. */
export function drawingSummary(visible: VisibleSubgraph, canMore: boolean): DrawingSummary {
  return {
    count: `${visible.nodes.length} nodes, ${visible.edges.length} edges drawn`,
    graphLabel: `Graph of ${visible.nodes.length} nodes. Use the "Nodes in view" list to move through them with the keyboard.`,
    more: {
      hidden: visible.hidden === 0,
      text: `${visible.hidden} more…`,
      disabled: !canMore,
      title: canMore ? '' : 'The drawing is full: search for something narrower or expand a single node.',
      label: canMore
        ? `Draw more nodes: ${visible.hidden} loaded but not drawn`
        : `${visible.hidden} more nodes loaded; the drawing is full, search for something narrower`,
    },
  };
}

/** Writes `summary` into the count line, the canvas and the "more" button. */
export function showDrawingSummary(
  summary: DrawingSummary,
  elements: { count: HTMLElement; graph: HTMLElement; more: HTMLButtonElement },
): void {
  elements.count.textContent = summary.count;
  elements.graph.setAttribute('aria-label', summary.graphLabel);
  elements.more.hidden = summary.more.hidden;
  elements.more.textContent = summary.more.text;
  elements.more.disabled = summary.more.disabled;
  elements.more.title = summary.more.title;
  elements.more.setAttribute('aria-label', summary.more.label);
}
