import nonEntityData from '../../knowledge/data/non-entities.json' with { type: 'json' };
import { lookupPhrase } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/index.js';
import { lowerOf } from './sentence-view.js';
import type { SentenceView } from './sentence-view.js';
import { wordClass } from './word-classes.js';

/** "I'm", "I've": capitalised because "I" is, never in a name. */
const PRONOUN_CONTRACTIONS = new Set(nonEntityData.pronounContractions);
const WEEKDAYS = new Set(nonEntityData.weekdays);

/**
 * A capitalised word that may be part of a name; not a weekday after a name ("Musharraf Tuesday said"),
 * unless a given name leads it ("Mike Friday") or the whole is a known name.
 */
export function nameWord(
  tokens: SentenceView['tokens'],
  at: number,
  from: number,
  knowledge: Knowledge,
): boolean {
  const token = tokens[at]!;
  if (!token.word || !token.capitalised || PRONOUN_CONTRACTIONS.has(lowerOf(token))) return false;
  if (at === from || !WEEKDAYS.has(lowerOf(token)) || wordClass(tokens[at - 1]!.text) === 'given-name')
    return true;
  return (
    lookupPhrase(
      knowledge,
      tokens
        .slice(from, at + 1)
        .map((t) => t.text)
        .join(' '),
    ) !== undefined
  );
}

/**
 * "for" continues a name only after a body's head noun or a title in it ("Office for National
 * Statistics", "Court of Arbitration for Sport", "Secretary of State for Health"); elsewhere it joins
 * two names ("Martin Scorsese for The Aviator", "ICM for BBC News").
 */
export function forAttaches(
  tokens: SentenceView['tokens'],
  from: number,
  at: number,
  knowledge: Knowledge,
): boolean {
  return tokens.slice(from, at).some((t) => {
    const lower = lowerOf(t);
    return knowledge.actorHeads.has(lower) || knowledge.titles.has(lower);
  });
}
