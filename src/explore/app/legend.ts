import { h, replace } from './dom.js';
import { EVENT_GROUP_STYLES, KIND_STYLES } from './graph-style.js';

/** The legend: each node kind with its shape, then the ring of each event group with its line style. */
export function renderLegend(legend: HTMLElement): void {
  replace(
    legend,
    ...Object.entries(KIND_STYLES).map(([kind, style]) =>
      h(
        'li',
        {},
        h('span', { class: `swatch kind-${kind}`, 'aria-hidden': 'true' }),
        `${kind} (${style.shapeName})`,
      ),
    ),
    ...EVENT_GROUP_STYLES.map((group) =>
      h(
        'li',
        {},
        h('span', {
          class: 'swatch kind-Event',
          'aria-hidden': 'true',
          style: `outline: 3px ${group.ringStyle} ${group.ring}`,
        }),
        `Event ring: ${group.label} (${group.ringStyle})`,
      ),
    ),
  );
}
