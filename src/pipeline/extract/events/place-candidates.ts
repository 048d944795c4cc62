import placeContextData from '../../../knowledge/data/event-place-context.json' with { type: 'json' };
import type { EventCount, Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { countsForTrigger } from './counts-for-trigger.js';
import type { Candidate, Discourse, EventMention } from './event-mention.js';
import type { DateMention } from './normalise-date.js';
import { pickDate } from './pick-date.js';
import { withReciprocalParty } from './reciprocal-party.js';
import { isUnrealUse } from './unreal-use.js';
import type { TriggerLexicon } from './trigger-lexicon.js';
import { sameClause, wordsOf } from './words.js';
import type { Word } from './words.js';

/** Families a helper ('backed by X') can help. */
const SUPPORTABLE = new Set(['CONTROL', 'OFFENSIVE', 'ATTACK', 'AIRSTRIKE', 'DESTRUCTION', 'KILLING']);
/** How many sentences back a place or agent of an earlier event is still the topic. */
const DISCOURSE_REACH = 2;
/** Families whose place may come from another event of the sentence or from the sentences before (data/event-place-context.json). */
const PLACE_FROM_CONTEXT: ReadonlySet<string> = new Set(placeContextData.families);
/** Families reported without anyone named ('135 people were killed') that still count with a context place. */
const COUNT_WITHOUT_PARTICIPANTS: ReadonlySet<string> = new Set(placeContextData.countWithoutParticipants);

/** What `placeCandidates` needs to know about the sentence. */
export interface CandidateScope {
  text: string;
  sentence: Sentence;
  /** Mentions of the sentence in text order. */
  mentions: readonly ResolvedMention[];
  supporters: readonly ResolvedMention[];
  dates: readonly DateMention[];
  counts: readonly EventCount[];
  /** Comparison cues of the sentence ('like', 'such as'). */
  comparisons: readonly { start: number; end: number }[];
  discourse: Discourse;
  lexicon: TriggerLexicon;
  /** The sentence's words, when the caller has them (else read from the sentence). */
  words?: readonly Word[];
}

/**
 * Turns the candidates of one sentence into event mentions: a killing, strike, attack, offensive or
 * destruction with no place of its own takes the place of another event of the sentence, or of an
 * event in the sentences just before; a candidate still without a place (that needs one) is dropped.
 * Each gets its helpers as supporters, a confidence, its date, its counts and a background mark.
 */
export function placeCandidates(candidates: Candidate[], scope: CandidateScope): EventMention[] {
  const { text, sentence, mentions, discourse, dates, counts, comparisons } = scope;
  const helpers = { supporters: scope.supporters };
  const recent = (index: number | undefined): boolean =>
    index !== undefined && sentence.index - index <= DISCOURSE_REACH && sentence.index > index;
  const out: EventMention[] = [];
  const unreal = {
    text,
    words: scope.words ?? wordsOf(sentence.text, sentence.start),
    lexicon: scope.lexicon,
  };
  // A sentence that names places of its own does not take one from the sentences before.
  const namesPlace = mentions.some((m) => m.kind === 'PLACE');
  const onePlace = new Set(mentions.flatMap((m) => (m.kind === 'PLACE' ? [m.entityId] : []))).size === 1;
  for (const c of candidates) {
    const { hit } = c;
    const { entry } = hit;
    if (isUnrealUse(unreal, hit)) continue;
    if (c.place === undefined && PLACE_FROM_CONTEXT.has(entry.family)) {
      // Another event of the same sentence, tied to its place by syntax ('backed by X airstrikes, retook Y').
      // A place only nearby another event counts too when it is the one place the sentence names
      // ('killed … in southeastern Turkey, and a pipeline was damaged by a bomb'), for a mention kept
      // without a place anyway: a weak tie places an event, it does not make one.
      const donor = candidates
        .filter(
          (d) =>
            d !== c &&
            d.place !== undefined &&
            (d.placeTie === 'syntax' || (d.placeTie === 'nearby' && onePlace && c.placeless)),
        )
        .sort((a, b) => Math.abs(a.hit.start - hit.start) - Math.abs(b.hit.start - hit.start))[0];
      if (donor?.place) {
        c.place = donor.place;
        c.placeTie = 'context';
      } else if (discourse.place && recent(discourse.place.sentenceIndex) && !namesPlace) {
        const named = c.participants.length > 0;
        if (named || COUNT_WITHOUT_PARTICIPANTS.has(entry.family)) {
          c.place = discourse.place.mention;
          c.placeTie = 'context';
        }
      }
    }
    if (c.place === undefined && !c.placeless) continue;
    const participants = withReciprocalParty(text, entry.type, c.participants);
    if (SUPPORTABLE.has(entry.family)) {
      for (const s of helpers.supporters) {
        if (!participants.some((p) => p.mention.entityId === s.entityId))
          participants.push({ mention: s, role: 'SUPPORTER', confidence: 0.65 });
      }
    }
    let confidence = hit.nominal ? 0.55 : 0.6;
    if (c.placeTie === 'syntax') confidence += 0.1;
    if (c.placeTie === 'context') confidence -= 0.05;
    if (participants.some((p) => p.role === 'AGENT')) confidence += 0.1;
    if (entry.needsContext) confidence -= 0.05;
    const date = pickDate(hit, dates, text);
    const measured = countsForTrigger(text, entry.type, hit.start, hit.phraseEnd, counts);
    // 'like the destruction of …': a comparison cue shortly before the trigger, in its clause.
    const background = comparisons.some(
      (c) => c.end <= hit.start && hit.start - c.end <= 40 && sameClause(text, c.end, hit.start),
    );
    out.push({
      hit,
      sentence,
      participants,
      ...(c.place ? { place: c.place } : {}),
      ...(c.placeTie ? { placeTie: c.placeTie } : {}),
      ...(date ? { date } : {}),
      ...(measured.length > 0 ? { counts: measured } : {}),
      ...(background ? { background } : {}),
      confidence: Math.min(0.9, confidence),
    });
  }
  return out;
}
