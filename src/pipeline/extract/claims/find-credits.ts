import type { Actor } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { sideOf } from '../events/event-identity.js';
import { findPhrases, possessiveAt, sameClause, wordBefore, wordsOf } from '../events/words.js';
import type { ClaimScope } from './claim-scope.js';

function coordinatedAfter(scope: ClaimScope, m: ResolvedMention, to: number): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let current = m;
  for (const next of scope.mentions) {
    if (next.evidence.start <= current.evidence.start) continue;
    if (next.evidence.start >= to) break;
    const gap = scope.text
      .slice(current.evidence.end, next.evidence.start)
      .replace(/^['’]s\b/, '')
      .trim()
      .toLowerCase();
    if (!/^(?:,|and|, and|as well as|together with|along with)(?:\s+the)?$/.test(gap)) break;
    if (next.kind === 'ACTOR') out.push(next);
    current = next;
  }
  return out;
}

function blocked(scope: ClaimScope, from: number, m: ResolvedMention): boolean {
  const gap = scope.text.slice(from, m.evidence.start);
  scope.lexicon.creditBlockers.lastIndex = 0;
  if (findPhrases(scope.lexicon.creditBlockers, gap).length > 0) return true;
  return ['against', 'over', 'from', 'despite'].includes(wordBefore(scope.text, m.evidence.start));
}

/**
 * The actors a claim gives credit to, from credit cues inside its span: 'thanks to X', 'with the
 * help of X', 'impossible without X's support', 'the strategy pursued by X', 'the military
 * achievements of X' (the phrase after the cue), and 'X played a key role', 'X's military support'
 * (the phrase before it). 'Their airstrikes played a big role' credits the claimant's own side.
 * Actors after 'against', 'over' or 'from' (the defeated side) are never credited.
 */
export function findCredits(
  scope: ClaimScope,
  span: { start: number; end: number },
  claimant: string,
  actors: ReadonlyMap<string, Actor>,
): string[] {
  const found: { id: string; at: number }[] = [];
  const add = (id: string, at: number): void => {
    if (!found.some((f) => f.id === id)) found.push({ id, at });
  };
  const text = scope.text.slice(span.start, span.end);
  for (const cue of findPhrases(scope.lexicon.creditAfter, text, span.start)) {
    const first = scope.mentions.find(
      (m) =>
        m.evidence.start >= cue.end &&
        m.evidence.start < span.end &&
        m.evidence.start - cue.end <= 45 &&
        sameClause(scope.text, cue.end, m.evidence.start),
    );
    if (!first || first.kind !== 'ACTOR' || blocked(scope, cue.end, first)) continue;
    const gapWords = wordsOf(scope.text.slice(cue.end, first.evidence.start));
    if (gapWords.some((w) => scope.prepositions.has(w.lower))) continue;
    add(first.entityId, first.evidence.start);
    for (const m of coordinatedAfter(scope, first, span.end)) add(m.entityId, m.evidence.start);
  }
  for (const cue of findPhrases(scope.lexicon.creditBefore, text, span.start)) {
    const possessiveOnly = scope.lexicon.creditBeforeNeedsPossessive.has(cue.phrase);
    const before = scope.mentions
      .filter((m) => m.evidence.end <= cue.start && m.evidence.start >= span.start)
      .at(-1);
    if (possessiveOnly) {
      // 'Russia's military support', 'the Syrian army's achievements'
      if (!before || before.kind !== 'ACTOR' || !possessiveAt(scope.text, before.evidence.end)) continue;
      if (!/^(?:['’]s?)\s*(?:[\p{Ll}-]+\s+)?$/u.test(scope.text.slice(before.evidence.end, cue.start)))
        continue;
      if (blocked(scope, span.start, before) && wordBefore(scope.text, before.evidence.start) !== '')
        continue;
      add(before.entityId, before.evidence.start);
      continue;
    }
    const gap = before ? scope.text.slice(before.evidence.end, cue.start) : '';
    if (
      before &&
      before.kind === 'ACTOR' &&
      gap.length <= 40 &&
      sameClause(scope.text, before.evidence.end, cue.start)
    ) {
      if (!blocked(scope, span.start, before) || wordBefore(scope.text, before.evidence.start) === '') {
        add(before.entityId, before.evidence.start);
        continue;
      }
    }
    const lead = wordsOf(scope.text.slice(Math.max(span.start, cue.start - 40), cue.start));
    const pronoun = lead.find((w) => scope.lexicon.syntax.creditSubjectPronouns.has(w.lower));
    if (pronoun) add(sideOf(claimant, actors), pronoun.start);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}
