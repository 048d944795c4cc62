import type { ResolvedMention } from '../context.js';
import type { TriggerHit } from './find-triggers.js';
import { parseArguments } from './parse-arguments.js';
import type { ParseGraph } from './parse-graph.js';
import type { HitRoles } from './role-scope.js';

/** A token of a dependency edge: its article offsets, and its tag and lemma when the parser gives them. */
export interface ParseToken {
  start: number;
  end: number;
  /** Penn Treebank tag (NN, VBD …). */
  pos?: string;
  lemma?: string;
}

/**
 * One edge of a dependency parse (Universal Dependencies relation names, as CoreNLP gives them), with
 * head and dependent as article offsets of their tokens. The event rules take such edges when a parser
 * supplies them (`ExtractContext.dependencies`); without them the word rules of assign-roles.ts decide.
 */
export interface DependencyEdge {
  relation: string;
  head: ParseToken;
  dependent: ParseToken;
}

/**
 * Corrects the word rules' roles of one trigger (`roles`, changed in place) with what the parse says
 * (see `parseArguments`): a participant the parse finds replaces the word rules' finding for the same
 * actor or the same role; the parse's place replaces a place the word rules found only nearby, or one
 * the parse attaches to another predicate of the sentence ('… after talks in X'), and such a place is
 * dropped when the parse has none of its own. Leaves `roles` alone when the parse lacks the trigger.
 */
export function withParseRoles(
  roles: HitRoles,
  hit: TriggerHit,
  graph: ParseGraph,
  mentions: readonly ResolvedMention[],
  text: string,
): void {
  const parsed = parseArguments(hit, graph, mentions, text);
  if (parsed === undefined) return;
  if (parsed.participants.length > 0) {
    const kept = roles.participants.filter(
      (f) => !parsed.participants.some((p) => p.mention === f.mention || p.role === f.role),
    );
    roles.participants = [...parsed.participants, ...kept];
  }
  const misplaced = roles.place !== undefined && parsed.elsewhere(roles.place);
  if (parsed.place && (roles.place === undefined || roles.placeTie === 'nearby' || misplaced)) {
    roles.place = parsed.place;
    roles.placeTie = 'syntax';
  } else if (misplaced) {
    delete roles.place;
    delete roles.placeTie;
  }
}
