import type { Event, EventReport } from '../../../domain.js';
import { sentenceAt } from '../events/sentence-mentions.js';
import { wordsOf } from '../events/words.js';
import type { ClaimScope } from './claim-scope.js';

/** What `findAbout` needs besides the claim span. */
export interface AboutInput {
  events: Event[];
  eventReports: EventReport[];
  /** Ids never listed as 'about' (the claimant, the credited, the relays). */
  exclude: Set<string>;
  /** The claim is a credit: with no event named, it is about the article's main event. */
  achievement: boolean;
}

/** The event the article reports most often (ties: the one reported first). */
function mainEvent(input: AboutInput): string | undefined {
  const counts = new Map<string, { n: number; first: number }>();
  for (const r of input.eventReports) {
    const c = counts.get(r.eventId) ?? { n: 0, first: r.evidence.start };
    c.n++;
    counts.set(r.eventId, c);
  }
  let best: string | undefined;
  let bestC = { n: 0, first: Infinity };
  for (const [id, c] of counts) {
    if (c.n > bestC.n || (c.n === bestC.n && c.first < bestC.first)) {
      best = id;
      bestC = c;
    }
  }
  return best;
}

/**
 * What a claim is about: the events whose triggers stand in the claim (or, failing that, in its
 * sentence); for an achievement with no event named ('an important achievement'), the article's
 * most reported event; then the places and the other actors the claim names.
 */
export function findAbout(
  scope: ClaimScope,
  span: { start: number; end: number },
  input: AboutInput,
): string[] {
  const ids: string[] = [];
  const add = (id: string): void => {
    if (!ids.includes(id) && !input.exclude.has(id)) ids.push(id);
  };
  const inSpan = input.eventReports.filter(
    (r) => r.evidence.start >= span.start && r.evidence.end <= span.end,
  );
  const sentence = sentenceAt(scope.sentences, span.start);
  const inSentence = sentence
    ? input.eventReports.filter((r) => r.evidence.start >= sentence.start && r.evidence.end <= sentence.end)
    : [];
  for (const r of inSpan.length > 0 ? inSpan : inSentence) add(r.eventId);
  if (ids.length === 0) {
    const words = wordsOf(scope.text.slice(span.start, span.end));
    const achievement = input.achievement || words.some((w) => scope.lexicon.achievementWords.has(w.lower));
    const main = achievement ? mainEvent(input) : undefined;
    if (main) add(main);
  }
  for (const m of scope.mentions) {
    if (m.evidence.start < span.start || m.evidence.end > span.end) continue;
    add(m.entityId);
  }
  return ids;
}
