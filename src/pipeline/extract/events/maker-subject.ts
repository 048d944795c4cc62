import cueData from '../../../knowledge/data/event-argument-cues.json' with { type: 'json' };
import type { ResolvedMention } from '../context.js';
import type { RoleScope } from './role-scope.js';

/** Kinds whose doer is the maker of what is released (data `makerKinds`). */
const MAKER_KINDS: ReadonlySet<string> = new Set(cueData.makerKinds);

/**
 * The owner named with the subject of a launch or release ('Sony's PlayStation Portable goes on
 * sale': Sony), when the subject is a thing or a body and its owner an actor right before it with a
 * possessive ending; else the subject itself. A person keeps the role ('Sony's chief launched …').
 */
export function makerSubject(scope: RoleScope, subject: ResolvedMention, type: string): ResolvedMention {
  if (!MAKER_KINDS.has(type) || subject.kind !== 'ACTOR' || subject.type === 'PERSON') return subject;
  const owner = scope.mentions.filter((x) => x.evidence.end <= subject.evidence.start).at(-1);
  if (owner?.kind !== 'ACTOR' || scope.excluded.has(owner)) return subject;
  const gap = scope.text.slice(owner.evidence.end, subject.evidence.start);
  return /^['’]s?\s+$/u.test(gap) ? owner : subject;
}
