import { wordsOf, type Word } from '../events/words.js';
import type { ClaimScope } from './claim-scope.js';
import { verbForm } from './clause-role.js';

/** The most words an attribution set off by commas holds on either side of its verb ('a Google spokesman'). */
const SPEAKER_WORDS = 5;

/** An attribution set off by commas inside a sentence, and the content span it attributes. */
export interface MidAttribution {
  /** Offset of the comma before the attribution. */
  open: number;
  /** Offset of the comma after it. */
  close: number;
  /** The attributed content (article offsets). */
  span: { start: number; end: number };
}

/**
 * True when the words after the attribution continue the statement before it rather than carry it:
 * '…, he said, but he would not …', '…, he added, adding that …', '…, it said, which …'.
 */
function continues(scope: ClaimScope, first: Word): boolean {
  const syntax = scope.lexicon.syntax;
  return (
    syntax.clauseConjunctions.has(first.lower) ||
    syntax.relativePronouns.has(first.lower) ||
    syntax.secondClauseParticiples.has(first.lower)
  );
}

/** True when the words after an inverted verb are a speaker: a name, or a determiner and nouns with no verb. */
function namesSpeaker(scope: ClaimScope, words: readonly Word[]): boolean {
  const first = words[0]!;
  if (
    scope.mentions.some(
      (m) => m.kind === 'ACTOR' && m.evidence.start - first.start <= 4 && m.evidence.end > first.start,
    )
  )
    return true;
  return (
    scope.lexicon.syntax.determiners.has(first.lower) && !words.slice(1).some((w) => verbForm(scope, w.lower))
  );
}

/**
 * A parenthetical attribution in mid-sentence (Quirk et al. 1985, §14.29 'comment clauses' and
 * reporting clauses in medial position): 'Already, he said, there have been four incidents …',
 * 'Incidents like this happen, said Mr Thiemann, because …', 'The risks were small, it said, but …'.
 * The reporting verb at `verb` stands between two commas with at most a short speaker on either
 * side, and text follows. The content is the part after the attribution when the part before is a
 * short lead ('Already', 'In some locations'); the part before when the part after only continues it
 * ('…, he said, but …'); the whole sentence when the part after starts with a verb ('The plan, he
 * said, was never …': the subject stands before). Undefined for anything else.
 */
export function midAttribution(
  scope: ClaimScope,
  verb: Word,
  range: { from: number; to: number },
): MidAttribution | undefined {
  if (verb.lower.endsWith('ing')) return undefined;
  const text = scope.text;
  const open = text.lastIndexOf(',', verb.start);
  if (open <= range.from) return undefined;
  const speakerBefore = wordsOf(text.slice(open + 1, verb.start), open + 1);
  if (speakerBefore.length > SPEAKER_WORDS || /[;:"“”()]/.test(text.slice(open + 1, verb.start)))
    return undefined;
  const close = text.indexOf(',', verb.end);
  if (close < 0 || close >= range.to) return undefined;
  const between = text.slice(verb.end, close);
  const speakerAfter = wordsOf(between, verb.end);
  if (speakerAfter.length > SPEAKER_WORDS || /[;:.!?"“”]|\b(?:that|to)\b/.test(between)) return undefined;
  // One speaker, before the verb ('he said') or after it ('said Mr Thiemann', 'said the firm'), never none.
  if ((speakerBefore.length === 0) === (speakerAfter.length === 0)) return undefined;
  if (speakerAfter.length > 0 && !namesSpeaker(scope, speakerAfter)) return undefined;
  const lead = wordsOf(text.slice(range.from, open), range.from);
  const after = wordsOf(text.slice(close + 1, range.to), close + 1);
  const first = after[0];
  if (lead.length === 0 || after.length < 3 || !first) return undefined;
  // '"It was …," he said, "a craze …"': a quotation's attribution, read with the quote.
  if (/["“”]/.test(text.slice(range.from, first.start))) return undefined;
  if (continues(scope, first)) return { open, close, span: { start: range.from, end: open } };
  if (verbForm(scope, first.lower)) return { open, close, span: { start: range.from, end: range.to } };
  if (lead.length <= SPEAKER_WORDS + 1) return { open, close, span: { start: close + 1, end: range.to } };
  return { open, close, span: { start: range.from, end: open } };
}
