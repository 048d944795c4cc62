import type { EventCount, Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { countsForTrigger } from './counts-for-trigger.js';
import { partyInSlot } from './described-neighbour.js';
import type { Candidate } from './event-mention.js';
import type { TriggerHit } from './find-triggers.js';
import { isNamedEvent } from './named-event.js';
import { pairAgentsFor } from './pair-agents.js';
import type { Word } from './words.js';

/** Requirements that only a participant of the trigger meets (see `meetsRequirement`). */
const PARTY_REQUIREMENTS: ReadonlySet<string> = new Set(['agent', 'target', 'participant']);

/** What the pre-check reads of the sentence around one trigger. */
export interface PrecheckScope {
  text: string;
  words: readonly Word[];
  sentence: Sentence;
  /** Mentions of the sentence; `allMentions` those of the article. */
  mentions: readonly ResolvedMention[];
  allMentions: readonly ResolvedMention[];
  /** The readings of the sentence found before this one. */
  candidates: readonly Candidate[];
  /** The sentence's number expressions, read when asked. */
  counts: () => readonly EventCount[];
}

/**
 * Whether a news-kind trigger cannot meet its entry's requirement whatever roles the sentence gives it,
 * told from the words and mentions alone, so that its roles need not be read: a count the entry
 * requires is missing, or a noun that requires a participant stands in a sentence with no actor named
 * (word rules and parse alike take participants only from the sentence's actor mentions) and no other
 * source could give it one — no party in its slots by the words alone (`partyInSlot`), no pair reference
 * (`pairAgentsFor`), no agent of an earlier reading of the sentence to share ('during the offensive'),
 * and no event name. Never true for a trigger that the full reading would keep.
 */
export function cannotMeetRequirement(scope: PrecheckScope, hit: TriggerHit): boolean {
  const { text, words, sentence, mentions, allMentions, candidates } = scope;
  const { entry } = hit;
  if (entry.requires === 'count')
    return (
      !isNamedEvent(text, hit) &&
      countsForTrigger(text, entry.type, hit.start, hit.phraseEnd, scope.counts()).length === 0
    );
  if (!hit.nominal || !PARTY_REQUIREMENTS.has(entry.requires ?? '')) return false;
  if (mentions.some((m) => m.kind === 'ACTOR')) return false;
  // A noun's fallback agent is the agent of the reading before it in the sentence.
  if (candidates.at(-1)?.participants.some((p) => p.role === 'AGENT')) return false;
  if (isNamedEvent(text, hit) || partyInSlot(text, words, hit)) return false;
  return pairAgentsFor(hit, sentence, allMentions, text).length === 0;
}
