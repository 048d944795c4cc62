import cueData from '../../../knowledge/data/event-argument-cues.json' with { type: 'json' };
import type { ResolvedMention } from '../context.js';
import { standIn } from './described-subject.js';
import type { EventMention } from './event-mention.js';
import { findPhrases, phrasePattern, sameClause } from './words.js';

const RECIPROCAL_KINDS: ReadonlySet<string> = new Set(cueData.reciprocalKinds);
const PAIR_TYPES: ReadonlySet<string> = new Set(cueData.pairTypes);
const PAIR_REFERENCE = phrasePattern(cueData.pairReferences);
/** How far after the trigger a pair reference may stand ('a meeting of foreign ministers of both countries'). */
const PAIR_REACH = 60;
/** How many sentences back the two parties may have been named. */
const PARTY_REACH = 4;

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
    const pair = [first, second];
    if (!pair.every((m) => m.kind === 'ACTOR' && PAIR_TYPES.has(m.type))) continue;
    if (first.entityId === second.entityId) continue;
    if (/^\s+and\s+$/.test(text.slice(first.evidence.end, second.evidence.start))) return pair;
  }
  return [];
}

/**
 * Gives a reciprocal event with no agent the two parties a pair reference in its clause stands for
 * ('a meeting of foreign ministers of both countries', 'Both sides agreed'): the last two different
 * states named together before it ('India and Pakistan'), in its sentence or the few before, each as
 * an AGENT at the reference's words. Nothing when no such pair was named. Changes the mentions in place.
 */
export function withPairAgents(
  mentions: EventMention[],
  all: readonly ResolvedMention[],
  text: string,
): void {
  for (const m of mentions) {
    if (!RECIPROCAL_KINDS.has(m.hit.entry.type) || m.participants.some((p) => p.role === 'AGENT')) continue;
    const { sentence, hit } = m;
    const reference = findPhrases(PAIR_REFERENCE, sentence.text, sentence.start).find(
      (r) =>
        (r.end <= hit.start && hit.start - r.end <= PAIR_REACH / 2 && sameClause(text, r.end, hit.start)) ||
        (r.start >= hit.phraseEnd &&
          r.start - hit.phraseEnd <= PAIR_REACH &&
          sameClause(text, hit.phraseEnd, r.start)),
    );
    if (!reference) continue;
    for (const party of lastPair(all, text, reference.start, sentence.index)) {
      const mention = standIn(party, sentence, reference.start, reference.end, text);
      m.participants.push({ mention, role: 'AGENT', confidence: 0.5 });
    }
  }
}
