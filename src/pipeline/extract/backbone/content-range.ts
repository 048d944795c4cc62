import type { ParsedSentence, ParsedToken } from '../../../nlp/index.js';
import { isSubject, type ParseTree } from './parse-tree.js';

/** A text range of a claim's content. */
export interface ContentSpan {
  start: number;
  end: number;
}

const PUNCT = /^[\p{P}\p{S}]+$/u;
const SECOND_CLAUSE = new Set(['advcl', 'conj', 'parataxis']);

/**
 * The content clause headed by `head` as a text range, without the tokens in `without`, 'that', edge
 * punctuation, or a second clause with its own speaker (a clause whose verb `isSpeech` and has a subject).
 */
export function contentRange(
  isSpeech: (t: ParsedToken) => boolean,
  tree: ParseTree,
  head: number,
  without: Set<number>,
): ContentSpan | undefined {
  let tokens = tree.subtree(head).filter((t) => !without.has(t.i));
  for (const t of tokens) {
    const up = tree.parentOf(t.i);
    if (t.i === head || !up || !SECOND_CLAUSE.has(up.rel) || !isSpeech(t) || !tree.child(t.i, isSubject))
      continue;
    const cut = new Set(tree.subtree(t.i).map((x) => x.i));
    const first = Math.min(...cut);
    tokens = tokens.filter((x) => !cut.has(x.i) && (first > head ? x.i < first : x.i > Math.max(...cut)));
    break;
  }
  while (
    tokens.length > 0 &&
    (PUNCT.test(tokens[0]!.text) ||
      (tree.parentOf(tokens[0]!.i)?.rel === 'mark' && tokens[0]!.lemma === 'that'))
  )
    tokens.shift();
  while (tokens.length > 0 && PUNCT.test(tokens[tokens.length - 1]!.text)) tokens.pop();
  if (tokens.length < 3) return undefined;
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}

/** The sentence's words before token `before`, without edge punctuation. */
export function leadingRange(tree: ParseTree, before: number): ContentSpan | undefined {
  const tokens = tree.parsed.tokens.slice(0, before);
  while (tokens.length > 0 && PUNCT.test(tokens[0]!.text)) tokens.shift();
  while (tokens.length > 0 && PUNCT.test(tokens[tokens.length - 1]!.text)) tokens.pop();
  if (tokens.length < 3) return undefined;
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}

/** A span that stops right before a verb ('he hoped the agreement | would make …') is a cut clause. */
export function cutBeforeVerb(parsed: ParsedSentence, end: number): boolean {
  const next = parsed.tokens.find((t) => t.start >= end);
  return next !== undefined && /^(?:VB|MD)/.test(next.pos) && next.start - end === 1;
}

/**
 * 'confirmed Mr Smith was still in post and that he would continue …': a second 'that' clause
 * coordinated to the verb (UD attaches it as the verb's conj) is more of what was reported.
 */
export function withThatConjunct(
  tree: ParseTree,
  verb: number,
  head: number,
  range: ContentSpan | undefined,
): ContentSpan | undefined {
  if (!range) return range;
  const conjunct = tree
    .children(verb)
    .find(
      (d) =>
        d.rel === 'conj' &&
        d.dependent > head &&
        tree.child(d.dependent, (r) => r === 'mark')?.lemma.toLowerCase() === 'that',
    );
  if (!conjunct) return range;
  const tokens = tree.subtree(conjunct.dependent);
  const last = tokens.filter((t) => !PUNCT.test(t.text)).at(-1);
  return last && last.end > range.end ? { start: range.start, end: last.end } : range;
}

/**
 * The content of `text` stops at a clause joint (', while', ', adding', ';' — the rules' `clauseJoint`),
 * where a parse may run on into a second clause.
 */
export function clauseJointCut(
  text: string,
  clauseJoint: RegExp,
  range: ContentSpan | undefined,
): ContentSpan | undefined {
  if (!range) return range;
  const joint = clauseJoint.exec(text.slice(range.start, range.end));
  return joint && joint.index > 0 ? { start: range.start, end: range.start + joint.index } : range;
}
