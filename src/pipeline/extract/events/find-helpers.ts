import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { allMatches } from './all-matches.js';
import type { TriggerLexicon } from './trigger-lexicon.js';
import { findPhrases, sameClause, wordBefore, wordsOf } from './words.js';
import type { Word } from './words.js';

const ACCORDING_TO = /(?<![\p{L}])according\s+to\b/giu;

/** The helpers of a sentence's events: who backs them, and the spans of the helper phrases. */
export interface Helpers {
  supporters: ResolvedMention[];
  /** Spans of 'backed by Russian airstrikes': triggers inside them are not events of their own. */
  spans: [number, number][];
}

/**
 * The helpers of one sentence: actors after a supporter cue ('backed by X', 'with the help of X and Y'),
 * with the span of that phrase, and, in a sentence about armed conflict, actors right before a
 * supporter verb ('Hezbollah also helped'). Outside conflict the subject of 'helped' does the deed
 * itself ('Radcliffe helped put her trauma behind her with a win'), so it stays a candidate agent.
 * `words` are the sentence's words (`wordsOf`), read from the sentence when not given; `aboutConflict` may be
 * a question, asked only when the sentence has a supporter verb.
 */
export function findHelpers(
  text: string,
  sentence: Sentence,
  mentions: ResolvedMention[],
  lexicon: TriggerLexicon,
  aboutConflict: boolean | (() => boolean) = true,
  words: readonly Word[] = wordsOf(sentence.text, sentence.start),
): Helpers {
  const supporters: ResolvedMention[] = [];
  const spans: [number, number][] = [];
  for (const cue of findPhrases(lexicon.supporterCues, sentence.text, sentence.start)) {
    let last = cue.end;
    for (const m of mentions) {
      if (m.kind !== 'ACTOR' || m.evidence.start < cue.end) continue;
      const gap = text.slice(last, m.evidence.start);
      if (m.evidence.start - last > 40 || !sameClause(text, last, m.evidence.start)) break;
      if (last !== cue.end && !/^\s*(?:,|and|, and|as well as)\s*$/.test(gap)) break;
      if (last === cue.end && wordsOf(gap).some((w) => lexicon.prepositions.has(w.lower))) break;
      supporters.push(m);
      last = m.evidence.end;
    }
    // The helper's own noun ('Russian airstrikes', 'Russian warplanes') belongs to the helper phrase;
    // a verb after it ('with the help of X retook …') does not.
    let spanEnd = last;
    for (const word of wordsOf(text.slice(last, sentence.end), last).slice(0, 2)) {
      if (!/^[\s'’s]*$/.test(text.slice(spanEnd, word.start)) || !/^\p{Ll}/u.test(word.text)) break;
      if (lexicon.byFirstWord.get(word.lower)?.some((e) => !e.nominal)) break;
      spanEnd = word.end;
    }
    spans.push([cue.start, spanEnd]);
  }
  // 'Hezbollah also helped …', 'Russian forces help to recapture …'
  const verbs = words.filter((word) => lexicon.supporterVerbs.has(word.lower));
  if (verbs.length === 0 || !(typeof aboutConflict === 'function' ? aboutConflict() : aboutConflict))
    return { supporters, spans };
  for (const word of verbs) {
    const before = wordBefore(text, word.start, false);
    if (['the', 'a', 'an', 'its', 'their', 'his', 'her', 'of', 'with', 'for', 'without'].includes(before))
      continue;
    const left = mentions.filter((m) => m.kind === 'ACTOR' && m.evidence.end <= word.start).at(-1);
    if (!left) continue;
    const gap = text.slice(left.evidence.end, word.start);
    if (
      !/^(?:\s+(?:forces|troops|army|jets|warplanes|aircraft|also|have|has|had|greatly|reportedly))*\s+$/i.test(
        gap,
      )
    )
      continue;
    if (
      wordBefore(text, left.evidence.start) !== '' &&
      lexicon.prepositions.has(wordBefore(text, left.evidence.start))
    )
      continue;
    supporters.push(left);
  }
  return { supporters, spans };
}

/** Sources named after 'according to' in the sentence: they tell of an event, they take no part in it. */
export function attributionExcluded(
  text: string,
  sentence: Sentence,
  mentions: ResolvedMention[],
): Set<ResolvedMention> {
  const out = new Set<ResolvedMention>();
  for (const match of allMatches(ACCORDING_TO, sentence.text)) {
    const from = sentence.start + match.index + match[0].length;
    const comma = text.indexOf(',', from);
    const to = comma >= 0 && comma < sentence.end ? comma : sentence.end;
    for (const m of mentions) if (m.evidence.start >= from && m.evidence.end <= to) out.add(m);
  }
  return out;
}
