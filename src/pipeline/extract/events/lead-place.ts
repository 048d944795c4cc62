import placeContextData from '../../../knowledge/data/event-place-context.json' with { type: 'json' };
import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { EventMention } from './event-mention.js';
import { locativePlace } from './locative-place.js';

/**
 * The sentence opens with the place, within its first words and after a locative preposition: a scene
 * ('In Kestrel, police said') or the local source of the news ('Authorities in Kestrel said').
 */
const OPENING_LOCATIVE = /^\s*(?:[\p{L}'’-]+\s+){0,3}(?:in|at)\s+(?:the\s+)?$/iu;

/** 'Born in Kestrel', 'based in Kestrel': the place is an actor's home or origin (data/event-place-context.json). */
const HOME_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${placeContextData.homeParticiples.join('|')})\\s+(?:in|at)\\s+(?:the\\s+)?$`,
  'iu',
);

/**
 * Gives the events of an article's lead sentence that name no place of their own the scene its
 * second sentence sets ('US comedian Bill Cosby will not face charges … Authorities in Philadelphia
 * said they found insufficient evidence'): a news report's lead tells who did what, and the sentence
 * after it often opens with where, or with the local authorities it has the news from (the inverted
 * pyramid; Bell 1991, The Language of News Media, ch. 8, on the lead and its satellites). Only when
 * the second sentence names one place, in its first words after a locative preposition ('In X, …',
 * 'Police in X said'), and not as a possessive ('in X's largest bank') nor as a home ('Born in X'); background events and events
 * with nobody named are left as they are. Changes the mentions in place.
 */
export function withLeadPlace(
  mentions: EventMention[],
  text: string,
  sentences: readonly Sentence[],
  places: readonly ResolvedMention[],
): void {
  const [lead, second] = sentences;
  if (!lead || !second) return;
  const secondPlaces = places.filter((m) => m.kind === 'PLACE' && m.evidence.sentenceIndex === second.index);
  if (new Set(secondPlaces.map((m) => m.entityId)).size !== 1) return;
  const scene = locativePlace(text, second, secondPlaces);
  if (!scene) return;
  if (!OPENING_LOCATIVE.test(text.slice(second.start, scene.evidence.start))) return;
  if (HOME_BEFORE.test(text.slice(second.start, scene.evidence.start))) return;
  // 'in Kestrel's largest bank': the place describes a noun, it sets no scene.
  if (/^['’]s\b/u.test(text.slice(scene.evidence.end))) return;
  for (const m of mentions) {
    if (m.sentence.index !== lead.index || m.place || m.background || m.participants.length === 0) continue;
    m.place = scene;
    m.placeTie = 'context';
  }
}
