import cueData from '../../../knowledge/data/event-argument-cues.json' with { type: 'json' };
import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { standIn } from './described-subject.js';
import type { EventMention } from './event-mention.js';
import type { TriggerHit } from './find-triggers.js';
import type { RoleFinding } from './role-scope.js';
import { findPhrases, phrasePattern, sameClause } from './words.js';

const RECIPROCAL_KINDS: ReadonlySet<string> = new Set(cueData.reciprocalKinds);
const PAIR_TYPES: ReadonlySet<string> = new Set(cueData.pairTypes);
const PERSON_PAIR_TYPES: ReadonlySet<string> = new Set(cueData.personPairTypes);
const PAIR_REFERENCE = phrasePattern(cueData.pairReferences);
const PERSON_PAIR_REFERENCE = phrasePattern(cueData.personPairReferences);
/** How far after the trigger a pair reference may stand ('a meeting of foreign ministers of both countries'). */
const PAIR_REACH = 60;
/** How many sentences back the two parties may have been named. */
const PARTY_REACH = 6;
/** How many sentences back the two people 'the two presidents' stands for may have been named. */
const PERSON_REACH = 8;

/**
 * The state a mention stands for: itself when it is one, and for a country named as a place ('both
 * India and Pakistan') the last mention of the state of the same name in the article, if any.
 */
function asState(m: ResolvedMention, all: readonly ResolvedMention[]): ResolvedMention | undefined {
  if (m.kind === 'ACTOR') return PAIR_TYPES.has(m.type) ? m : undefined;
  if (m.type !== 'COUNTRY') return undefined;
  const name = m.name.toLowerCase();
  return all.findLast((a) => a.kind === 'ACTOR' && PAIR_TYPES.has(a.type) && a.name.toLowerCase() === name);
}

/**
 * The last pair of different states (or their governments) named together before `position` ('India
 * and Pakistan', 'both India and Pakistan'), recently enough: what 'both countries' refers back to.
 */
function lastPair(
  all: readonly ResolvedMention[],
  text: string,
  position: number,
  sentenceIndex: number,
): ResolvedMention[] {
  for (let i = all.length - 1; i > 0; i--) {
    const second = all[i]!;
    const first = all[i - 1]!;
    if (second.evidence.end > position) continue;
    if (sentenceIndex - second.evidence.sentenceIndex > PARTY_REACH) break;
    const a = asState(first, all);
    const b = asState(second, all);
    if (a === undefined || b === undefined || a.entityId === b.entityId) continue;
    if (/^\s+and\s+$/.test(text.slice(first.evidence.end, second.evidence.start))) return [a, b];
  }
  return [];
}

/** The last two different people named before `position`, within a few sentences ('the two presidents'). */
export function lastTwoPeople(
  all: readonly ResolvedMention[],
  position: number,
  sentenceIndex: number,
): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (let i = all.length - 1; i >= 0 && out.length < 2; i--) {
    const m = all[i]!;
    if (m.evidence.end > position) continue;
    if (sentenceIndex - m.evidence.sentenceIndex > PERSON_REACH) break;
    if (m.kind !== 'ACTOR' || !PERSON_PAIR_TYPES.has(m.type)) continue;
    if (!out.some((x) => x.entityId === m.entityId)) out.push(m);
  }
  return out.length === 2 ? out.reverse() : [];
}

/**
 * The two parties a pair reference in the trigger's clause stands for ('a meeting of foreign ministers
 * of both countries', 'Both sides agreed', 'The two presidents also agreed'), each as an AGENT at the
 * reference's words: the reference stands before the trigger as its clause's subject ('Ministers of
 * both countries held a meeting') or after it ('a meeting of both countries'); a noun in a 'to'
 * infinitive after the reference is another, later act ('Both sides agreed to begin talks' gives the
 * agreement its parties, not the talks); none when the kind is not reciprocal or no such pair was named before.
 */
export function pairAgentsFor(
  hit: TriggerHit,
  sentence: Sentence,
  all: readonly ResolvedMention[],
  text: string,
): RoleFinding[] {
  if (!RECIPROCAL_KINDS.has(hit.entry.type)) return [];
  const near = (r: { start: number; end: number }): boolean =>
    (r.end <= hit.start &&
      !(hit.nominal && /\bto\s/.test(text.slice(r.end, hit.start))) &&
      hit.start - r.end <= PAIR_REACH / 2 &&
      sameClause(text, r.end, hit.start)) ||
    (r.start >= hit.phraseEnd &&
      r.start - hit.phraseEnd <= PAIR_REACH &&
      sameClause(text, hit.phraseEnd, r.start));
  const states = findPhrases(PAIR_REFERENCE, sentence.text, sentence.start).find(near);
  const people = states
    ? undefined
    : findPhrases(PERSON_PAIR_REFERENCE, sentence.text, sentence.start).find(near);
  const reference = states ?? people;
  if (!reference) return [];
  const parties = states
    ? lastPair(all, text, reference.start, sentence.index)
    : lastTwoPeople(all, reference.start, sentence.index);
  return parties.map((party) => ({
    mention: standIn(party, sentence, reference.start, reference.end, text),
    role: 'AGENT' as const,
    confidence: 0.5,
  }));
}

/**
 * Gives each reciprocal event with no agent the two parties a pair reference in its clause stands for
 * (see `pairAgentsFor`). Nothing when no such pair was named. Changes the mentions in place.
 */
export function withPairAgents(
  mentions: EventMention[],
  all: readonly ResolvedMention[],
  text: string,
): void {
  for (const m of mentions) {
    if (m.participants.some((p) => p.role === 'AGENT')) continue;
    m.participants.push(...pairAgentsFor(m.hit, m.sentence, all, text));
  }
}
