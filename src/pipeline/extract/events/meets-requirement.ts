import type { EventCount, EventType } from '../../../domain.js';
import { countsForTrigger } from './counts-for-trigger.js';
import type { TriggerHit } from './find-triggers.js';
import type { DateMention } from './normalise-date.js';
import type { RoleFinding } from './role-scope.js';
import type { TriggerEntry } from './trigger-lexicon.js';
import { pickDate } from './pick-date.js';

/** How many sentences open an article as its lead. */
const LEAD_SENTENCES = 2;
/**
 * Whether a news-kind trigger has what its entry requires (see `TriggerEntry.requires`). The sentence's
 * dates and counts are passed as readers, called only when the requirement needs them.
 */
export function meetsRequirement(
  entry: TriggerEntry,
  participants: readonly RoleFinding[],
  placeTie: 'syntax' | 'nearby' | undefined,
  hit: TriggerHit,
  dates: () => readonly DateMention[],
  counts: () => readonly EventCount[],
  text: string,
  sentenceIndex: number,
  lead: ReadonlySet<EventType>,
): boolean {
  const agent = participants.some((p) => p.role === 'AGENT');
  const target = participants.some((p) => p.role !== 'AGENT' && p.role !== 'SUPPORTER');
  switch (entry.requires) {
    case 'agent':
      return agent;
    case 'target':
      return target;
    case 'participant':
      // The lead of a news report tells its central event, often with a described subject ('The head of
      // the agency has resigned'): a verb there counts without a named actor.
      return agent || target || (!hit.nominal && sentenceIndex < LEAD_SENTENCES && lead.has(entry.type));
    case 'cue':
      return true;
    case 'count':
      return countsForTrigger(text, entry.type, hit.start, hit.phraseEnd, counts()).length > 0;
    default:
      return (
        agent ||
        target ||
        placeTie === 'syntax' ||
        pickDate(hit, [...dates()], text)?.date !== undefined ||
        countsForTrigger(text, entry.type, hit.start, hit.phraseEnd, counts()).length > 0
      );
  }
}
