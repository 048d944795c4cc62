/**
 * Event extraction: who did what to whom, where and when. Trigger words and phrases from
 * `data/event-triggers.json` (verbs, phrasal verbs, nominalisations), roles from the resolved
 * mentions around them, dates normalised against the publication date, and one id per real event
 * so that every article reporting it points at the same node.
 */
import type { Event, EventReport } from '../../../domain.js';
import type { ExtractContext, ResolvedMention } from '../context.js';
import { consolidateEvents } from './consolidate-events.js';
import { mainPlaceOf, markBackground } from './mark-background.js';
import { conflictWords } from './conflict-words.js';
import { findEventMentions } from './find-event-mentions.js';
import type { Discourse, EventMention } from './find-event-mentions.js';
import { locativePlace } from './locative-place.js';
import { anchorOf, datelineAnchor, findDates, withArticleYear } from './normalise-date.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { withPairAgents } from './pair-agents.js';
import { withLeadPlace } from './lead-place.js';
import { withVenuePlace } from './venue-place.js';

/** Name of this extractor on every fact it produces. */
export const EVENT_EXTRACTOR = 'rules/events';

/** Conflict words an article needs before ambiguous triggers ('took', 'attack') count outside conflict sentences. */
const ARTICLE_CONFLICT_WORDS = 3;

/**
 * Extracts the events of one article with one report per trigger occurrence. Pure and
 * deterministic: the same context gives the same events, ids and order.
 */
export function extractEvents(input: ExtractContext): { events: Event[]; eventReports: EventReport[] } {
  const { article } = input;
  const anchor = anchorOf(article.publishedAt, article.datePrecision) ?? datelineAnchor(article.text);
  // Absolute dates of the article ('March 2016') give a yearless 'on March 27' its year.
  // Read once, and only for an article with a dated event.
  let absoluteDates: ReturnType<typeof findDates> | undefined;
  const datesOfArticle = () =>
    (absoluteDates ??= findDates(article.text, 0, undefined).filter((d) => d.basis === 'absolute'));
  const aboutConflict = conflictWords(article.text, TRIGGER_LEXICON).size >= ARTICLE_CONFLICT_WORDS;
  const mentions: EventMention[] = [];
  const discourse: Discourse = {};
  // Each sentence's place names, in list order: where a sentence sets its scene (`locativePlace`).
  const placesBySentence = new Map<number, ResolvedMention[]>();
  for (const m of input.mentions) {
    if (m.kind !== 'PLACE') continue;
    const list = placesBySentence.get(m.evidence.sentenceIndex);
    if (list) list.push(m);
    else placesBySentence.set(m.evidence.sentenceIndex, [m]);
  }
  for (const sentence of input.sentences) {
    const found = findEventMentions(
      article.text,
      sentence,
      input.mentions,
      TRIGGER_LEXICON,
      anchor,
      aboutConflict,
      discourse,
      input.dependencies,
    );
    // A sentence that sets a scene ('at the Kestrel festival') gives it to the events told after it.
    const scene = locativePlace(article.text, sentence, placesBySentence.get(sentence.index) ?? []);
    if (scene) discourse.place = { mention: scene, sentenceIndex: sentence.index };
    for (const m of found) {
      if (m.background) continue;
      if (m.place && m.placeTie !== 'nearby')
        discourse.place = { mention: m.place, sentenceIndex: sentence.index };
      const agent = m.participants.find((p) => p.role === 'AGENT');
      if (agent) discourse.agent = { mention: agent.mention, sentenceIndex: sentence.index };
    }
    // Only a yearless date ('on March 27') can take a year from the article's dates.
    for (const m of found)
      if (m.date && m.date.date === undefined && m.date.monthOfYear !== undefined)
        m.date = withArticleYear(m.date, datesOfArticle());
    mentions.push(...found);
  }
  withVenuePlace(mentions);
  withLeadPlace(mentions, article.text, input.sentences, input.mentions);
  withPairAgents(mentions, input.mentions, article.text);
  const kept = markBackground(mentions, {
    anchor,
    // The article's latest year stands for its time only without an anchor, and only an event with an
    // absolute date of its own is compared with it.
    absoluteDates:
      anchor?.year === undefined &&
      mentions.some((m) => m.date?.basis === 'absolute' && m.date.date !== undefined)
        ? datesOfArticle()
        : [],
    mainPlaceId: mainPlaceOf(input.mentions),
    places: input.places,
  });
  return consolidateEvents(kept, {
    articleId: article.id,
    actors: input.actors,
    places: input.places,
    extractor: EVENT_EXTRACTOR,
    extractorVersion: input.extractorVersion,
    ...(input.eventMemory ? { memory: input.eventMemory } : {}),
    ...(anchor?.month ? { anchorMonth: `${anchor.year}-${String(anchor.month).padStart(2, '0')}` } : {}),
  });
}

export { findDates, anchorOf, datelineAnchor, withArticleYear } from './normalise-date.js';
export type { DateMention, Anchor } from './normalise-date.js';
