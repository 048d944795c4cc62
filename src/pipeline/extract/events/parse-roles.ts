import type { ParticipantRole } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { RoleFinding } from './assign-roles.js';
import type { TriggerHit } from './find-triggers.js';

/**
 * One edge of a dependency parse (Universal Dependencies relation names, as CoreNLP gives them), with
 * head and dependent as article offsets of their tokens. The event rules take such edges when a parser
 * supplies them (`ExtractContext.dependencies`); without them the word rules of assign-roles.ts decide.
 */
export interface DependencyEdge {
  relation: string;
  head: { start: number; end: number };
  dependent: { start: number; end: number };
}

function mentionAt(mentions: readonly ResolvedMention[], token: { start: number; end: number }) {
  return mentions.find(
    (m) => m.kind === 'ACTOR' && m.evidence.start <= token.start && token.end <= m.evidence.end,
  );
}

/**
 * The roles a dependency parse gives a verb trigger: its subject (`nsubj`) takes the entry's subject
 * role, its object (`obj`) or passive subject (`nsubj:pass`) the object role, and the agent of a
 * passive (`obl:agent`, or `obl` marked by 'by') the AGENT role. Only actors named there count.
 * Returns an empty list when no edge leaves the trigger, so callers keep their word rules.
 */
export function parseRoles(
  hit: TriggerHit,
  edges: readonly DependencyEdge[],
  mentions: readonly ResolvedMention[],
): RoleFinding[] {
  if (hit.nominal) return [];
  const out: RoleFinding[] = [];
  const add = (token: { start: number; end: number }, role: ParticipantRole | null) => {
    if (role === null) return;
    const mention = mentionAt(mentions, token);
    if (mention && !out.some((f) => f.mention === mention)) out.push({ mention, role, confidence: 0.8 });
  };
  for (const edge of edges) {
    if (edge.head.start < hit.start || edge.head.end > hit.end) continue;
    const relation = edge.relation.toLowerCase();
    if (relation === 'nsubj') add(edge.dependent, hit.entry.subjectRole);
    else if (
      relation === 'obj' ||
      relation === 'dobj' ||
      relation === 'nsubj:pass' ||
      relation === 'nsubjpass'
    )
      add(edge.dependent, hit.entry.objectRole);
    else if (relation === 'obl:agent' || relation === 'nmod:agent') add(edge.dependent, 'AGENT');
  }
  return out;
}
