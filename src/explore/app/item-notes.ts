import { disambiguations } from './disambiguate.js';
import { h } from './dom.js';
import type { DisambiguationResult } from './queries.js';

/** At most this many ids per disambiguation request (the API's page size for events and claims). */
const MAX_IDS = 50;

/** The ids still to load: each once, none already known, at most one request's worth. */
export function idsToLoad(ids: readonly string[], known: { has(id: string): boolean }): string[] {
  return [...new Set(ids)].filter((id) => !known.has(id)).slice(0, MAX_IDS);
}

/** Notes that tell same-named events and claims apart in the result and node lists. */
export interface ItemNotes {
  /** The note for `id` as elements to append to its list item (none while it is not loaded). */
  noteOf: (id: string) => HTMLElement[];
  /** Loads the notes of `ids` not known yet, then adds them to the list items already shown. */
  load: (ids: readonly string[]) => Promise<void>;
}

/**
 * Date, agent and place (events) or speaker and sources (claims), by id, as far as loaded. `fetchNotes`
 * asks the API (undefined when the call failed); `root` holds the lists to fill in.
 */
export function createItemNotes(
  fetchNotes: (ids: string[]) => Promise<DisambiguationResult | undefined>,
  root: ParentNode,
): ItemNotes {
  const notes = new Map<string, string>();
  const noteOf = (id: string): HTMLElement[] => {
    const note = notes.get(id);
    return note ? [h('span', { class: 'item-note' }, note)] : [];
  };
  async function load(ids: readonly string[]): Promise<void> {
    const wanted = idsToLoad(ids, notes);
    if (wanted.length === 0) return;
    const data = await fetchNotes(wanted);
    if (!data) return;
    for (const [id, note] of disambiguations(data)) notes.set(id, note);
    for (const button of root.querySelectorAll<HTMLElement>('#results button.item, #node-list button.item')) {
      const id = button.dataset.id;
      if (id && notes.has(id) && !button.querySelector('.item-note')) button.append(...noteOf(id));
    }
  }
  return { noteOf, load };
}
