/**
 * Which of two readings of one node (an actor, place, claim or event written by several articles) the
 * node keeps. The choice is a fixed order over the readings themselves, never the order they were
 * written in, so one run and N shards written at the same time keep the same one. The load queries
 * (`cypher/load/upsert-*.cypher`) apply the same order to what is already in the graph; these functions
 * apply it within one batch.
 */

/** A reading with a confidence and the fields it sets (compared in order when the confidences tie). */
export interface Reading {
  confidence: number;
  fields: readonly (string | boolean)[];
}

function before(a: readonly (string | boolean)[], b: readonly (string | boolean)[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * True when `candidate` wins over `current`: the higher confidence, or at equal confidence the fields
 * that sort first (an actor's type then name; a claim's kind then `direct`).
 */
export function outranks(candidate: Reading, current: Reading): boolean {
  if (candidate.confidence !== current.confidence) return candidate.confidence > current.confidence;
  return before(candidate.fields, current.fields);
}

/** Event types that win over the others of their event: a recapture is more specific than a capture. */
const SPECIFIC_TYPES = new Set(['RECAPTURE']);

/**
 * True when an event reading (`type`, `label`) wins over another: the more specific type
 * (RECAPTURE over CAPTURE), else the label, then the type, that sorts first.
 */
export function eventOutranks(
  candidate: { type: string; label: string },
  current: { type: string; label: string },
): boolean {
  const rank = (type: string) => (SPECIFIC_TYPES.has(type) ? 1 : 0);
  if (rank(candidate.type) !== rank(current.type)) return rank(candidate.type) > rank(current.type);
  return before([candidate.label, candidate.type], [current.label, current.type]);
}

/**
 * The rule an event keeps when reports joined it by different identity rules: any rule other than the
 * plain `key` wins over it, and of two such rules the one that sorts last.
 */
export function mergeRuleOf(a: string, b: string): string {
  if (a === 'key') return b;
  if (b === 'key') return a;
  return a > b ? a : b;
}
