import type { DraftMention } from './span-types.js';

/** The joint between two items of a list: a comma, "and", "or" (", and"). */
const BEFORE_JOINT = /(?:,|,?\s+(?:and|or))\s+$/;
const AFTER_JOINT = /^(?:,|,?\s+(?:and|or))\s+/;

/**
 * The typed actor next to a word in a list of names: "licensed by Varnex, Quorvel and Brightwater
 * Electronics" gives Quorvel the type of its neighbours. Items of one list are of one kind; a person
 * list and a company list are told apart by the neighbour. Undefined when the word is not in a list
 * with a typed actor.
 */
export function listNeighbour(
  text: string,
  start: number,
  end: number,
  byEnd: ReadonlyMap<number, DraftMention>,
  byStart: ReadonlyMap<number, DraftMention>,
): DraftMention | undefined {
  const before = BEFORE_JOINT.exec(text.slice(Math.max(0, start - 8), start));
  const left = before ? byEnd.get(start - before[0].length) : undefined;
  if (left?.kind === 'ACTOR') return left;
  const after = AFTER_JOINT.exec(text.slice(end, end + 8));
  const right = after ? byStart.get(end + after[0].length) : undefined;
  return right?.kind === 'ACTOR' ? right : undefined;
}
