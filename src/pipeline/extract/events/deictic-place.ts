import placeContextData from '../../../knowledge/data/event-place-context.json' with { type: 'json' };
import { sameClause } from './words.js';

/** Head nouns of a demonstrative place phrase (`data/event-place-context.json`, `deicticPlaces`). */
const HEADS = placeContextData.deicticPlaces.join('|');
/** 'in this former militant stronghold', 'across that town': a locative with a demonstrative and up to three modifiers. */
const DEICTIC = new RegExp(
  `\\b(?:in|at|inside|into|around|across|near|outside)\\s+(?:this|that)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${HEADS})\\b`,
  'giu',
);

/**
 * Whether the clause of a trigger ending at `from` goes on with a demonstrative place phrase before
 * `limit` ('fought pockets of resistance in this former militant stronghold'): the event is at the
 * story's own place though the sentence does not name it.
 */
export function deicticPlaceAfter(text: string, from: number, limit: number): boolean {
  const tail = text.slice(from, limit);
  for (const match of tail.matchAll(DEICTIC)) {
    if (sameClause(text, from, from + match.index)) return true;
  }
  return false;
}
