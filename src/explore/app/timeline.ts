import { formatDate, h, replace } from './dom.js';
import type { EventSummary, TimelineEntry } from './queries.js';

/** The API's timeline entries as events: the date and place of the entry, the place by name. */
export function timelineEvents(entries: readonly TimelineEntry[]): EventSummary[] {
  return entries.map((entry) => ({
    ...entry.event,
    date: entry.date,
    datePrecision: entry.datePrecision,
    place: entry.place?.name ?? null,
  }));
}

/** Dated events first, oldest first (ISO prefixes sort as text); undated ones after, by label. */
export function timelineOrder<T extends EventSummary>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => {
    if (a.date && b.date) return a.date.localeCompare(b.date) || a.label.localeCompare(b.label);
    if (a.date) return -1;
    if (b.date) return 1;
    return a.label.localeCompare(b.label);
  });
}

/** Draws the timeline strip: one focusable button per event, in date order. */
export function renderTimeline(
  list: HTMLElement,
  subject: string,
  events: readonly EventSummary[],
  open: (event: EventSummary) => void,
): void {
  list.setAttribute('aria-label', `Events about ${subject}, by date`);
  if (events.length === 0) {
    replace(list, h('li', { class: 'hint' }, `No events found for “${subject}”.`));
    return;
  }
  replace(
    list,
    ...timelineOrder(events).map((event) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'tick', 'data-id': event.id, onclick: () => open(event) },
          h('time', event.date ? { datetime: event.date } : {}, formatDate(event.date)),
          h('span', { class: 'tick-label' }, event.label),
          h(
            'span',
            { class: 'item-kind' },
            [event.type?.toLowerCase(), event.place].filter(Boolean).join(' · ') || 'event',
          ),
        ),
      ),
    ),
  );
}
