import cueData from '../../../knowledge/data/event-argument-cues.json' with { type: 'json' };
import type { EventType } from '../../../domain.js';
import type { RoleFinding } from './role-scope.js';
import { wordBefore } from './words.js';

/** Kinds with two parties of equal standing (data/event-argument-cues.json). */
const RECIPROCAL_KINDS: ReadonlySet<string> = new Set(cueData.reciprocalKinds);

/**
 * The participants of a reciprocal event ('Discussions have begun with Indonesia'): when nobody is
 * named as its agent, a party named after 'with' is a party of the talks, so it becomes an AGENT;
 * with an agent named ('Verizon held discussions with MCI') the 'with' party stays the other side.
 * Returns a new list; other kinds and events with an agent come back unchanged.
 */
export function withReciprocalParty(
  text: string,
  type: EventType,
  participants: readonly RoleFinding[],
): RoleFinding[] {
  if (!RECIPROCAL_KINDS.has(type) || participants.some((p) => p.role === 'AGENT')) return [...participants];
  return participants.map((p) =>
    p.role === 'TARGET' && wordBefore(text, p.mention.evidence.start) === 'with'
      ? { ...p, role: 'AGENT' as const, confidence: Math.min(p.confidence, 0.55) }
      : p,
  );
}
