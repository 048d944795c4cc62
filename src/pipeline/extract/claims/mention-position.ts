import syntaxData from '../../../knowledge/data/claim-syntax.json' with { type: 'json' };
import type { ResolvedMention } from '../context.js';
import { wordsOf } from '../events/words.js';
import type { ClaimScope } from './claim-scope.js';

/** True when `position` lies inside a quotation. */
export function insideQuote(scope: ClaimScope, position: number): boolean {
  return scope.quotes.some((q) => position >= q.start && position < q.end);
}

/**
 * True when a mention stands in a prepositional phrase, so it is no subject: 'to Dechy', 'by the
 * minister Vance', "to France's Nathalie Dechy" (a possessive or up to two modifiers may come between).
 */
export function inPrepositionalPhrase(scope: ClaimScope, m: ResolvedMention, acrossTitles = false): boolean {
  const from = Math.max(0, m.evidence.start - 60);
  const words = wordsOf(scope.text.slice(from, m.evidence.start), from);
  let skipped = 0;
  let titled = false;
  for (let k = words.length - 1; k >= 0 && skipped <= 2; k--) {
    const word = words[k]!;
    const after = k === words.length - 1 ? m.evidence.start : words[k + 1]!.start;
    if (/[^\s'’-]/.test(scope.text.slice(word.end, after))) return false;
    if (scope.prepositions.has(word.lower)) return true;
    // 'In November the British Medical Association said': a time adverbial ends at the month or day.
    if (scope.lexicon.syntax.calendarWords.has(word.lower)) return false;
    const possessive = word.possessive || /['’]$/.test(scope.text.slice(word.end, word.end + 1));
    // 'by shadow chancellor Oliver Letwin': with `acrossTitles`, a lower-case title before the name (and
    // one modifier of it) is stepped over; an antecedent there is no subject. (A speaker there may still
    // speak: 'with leader Charles Kennedy saying', 'from Tory leader Michael Howard who said'.)
    const title = acrossTitles && scope.lexicon.syntax.roleNouns.has(word.lower);
    const titleModifier = titled && /^\p{Ll}+$/u.test(word.text);
    titled = title;
    if (title || titleModifier) {
      skipped++;
      continue;
    }
    if (!possessive && !/^\p{Lu}/u.test(word.text) && !DETERMINER_LIKE.has(word.lower)) return false;
    if (!possessive) skipped++;
  }
  return false;
}

/** True when a mention stands inside a relative clause on another noun ('X, who starred in The Outlaw, said'). */
export function inRelativeClause(scope: ClaimScope, m: ResolvedMention): boolean {
  const from = Math.max(0, m.evidence.start - 120);
  const before = scope.text.slice(from, m.evidence.start);
  const opener = /,\s*(\p{Ll}+)\b[^,.;:!?]*$/u.exec(before);
  return opener !== null && scope.lexicon.syntax.relativePronouns.has(opener[1]!);
}

/** The articles, which may stand between a preposition and its name (data/claim-syntax.json). */
const DETERMINER_LIKE: ReadonlySet<string> = new Set(syntaxData.articles);

/**
 * A state named only as the modifier of another noun ('The US company said', 'a US-based expert',
 * 'A Japanese bank has said'): the speaker is that unnamed company or person, not the state. Nouns
 * that stand for the state ('US officials', 'Syrian forces') and verbs ('The US has said') keep it.
 */
export function modifiesOtherNoun(scope: ClaimScope, m: ResolvedMention): boolean {
  return m.type === 'STATE' && followedByNoun(scope, m, true);
}

/**
 * True when a lower-case noun follows the mention, so the mention only describes it ('the VAT system',
 * 'Acme shares'); with `stateNouns`, nouns that stand for a state ('US officials') do not count.
 */
export function followedByNoun(scope: ClaimScope, m: ResolvedMention, stateNouns = false): boolean {
  const after = scope.text.slice(m.evidence.end, m.evidence.end + 40);
  if (/^-\p{L}/u.test(after)) return !/^-led\b/i.test(after);
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?/u.exec(after);
  if (!next) return false;
  const one = next[1]!;
  const two = next[2] ? `${one} ${next[2]}` : one;
  if (stateNouns && (scope.lexicon.stateNouns.has(one) || scope.lexicon.stateNouns.has(two))) return false;
  const syntax = scope.lexicon.syntax;
  if (syntax.speakerFillers.has(one) || scope.lexicon.verbKind.has(one) || syntax.functionWords.has(one)) {
    return false;
  }
  return !/(?:ed|es)$/.test(one);
}
