import { formatDate } from './dom.js';
import type { DisambiguationResult } from './queries.js';
import { sourceCount } from './claim-view.js';

/**
 * What tells results with the same caption apart, by id: an event's date, agents and place
 * ("27 Mar 2016 · Syrian Army · Palmyra"), a claim's speaker and source count.
 */
export function disambiguations(data: DisambiguationResult): Map<string, string> {
  const notes = new Map<string, string>();
  for (const event of data.events) {
    const parts = [
      event.date ? formatDate(event.date) : 'undated',
      ...event.participantsConnection.edges.map((edge) => edge.node.name),
      ...event.occurredIn.map((place) => place.name),
    ];
    notes.set(event.id, [...new Set(parts)].join(' · '));
  }
  for (const claim of data.claims) {
    const speaker = claim.claimedBy[0]?.name ?? 'unattributed';
    notes.set(claim.id, `${speaker} · ${sourceCount(claim.reportedByConnection.totalCount)}`);
  }
  return notes;
}
