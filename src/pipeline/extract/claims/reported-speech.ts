import type { ClaimKind } from '../../../domain.js';
import { wordsOf } from '../events/words.js';
import type { Word } from '../events/words.js';
import { accordingTo } from './according-to.js';
import { appealAddressee } from './appeal-addressee.js';
import { appeal } from './appeal-claims.js';
import type { ClaimCandidate } from './claim-candidate.js';
import type { ClaimScope } from './claim-scope.js';
import { intentClause } from './intent-clause.js';
import { asFollows, bareClause } from './bare-clause.js';
import { add, speakerOf, type VerbContext } from './verb-context.js';
import { insideQuote, speakerAfter, speakerBefore } from './find-speaker.js';
import { midAttribution } from './mid-attribution.js';
import { relayClaim } from './relay-claims.js';
import { quoteOpensAt, trimSpan } from './push-claim.js';
import { pronounWant } from './resolve-reference.js';
import { trailingComma } from './trailing-attribution.js';

/** 'X said (that) …', 'said in the past that', 'told reporters that': the index of 'that', or -1. */
function thatAfter(v: VerbContext, verb: Word): number {
  const { scope, words, i } = v;
  for (let k = i + 1; k <= i + 6 && k < words.length; k++) {
    if (words[k]!.lower === 'that') {
      const first = words[i + 1]!;
      const bridged =
        k === i + 1 ||
        scope.prepositions.has(first.lower) ||
        scope.lexicon.syntax.thatBridges.has(first.lower) ||
        /ly$/.test(first.lower) ||
        verb.lower === 'told' ||
        verb.lower === 'tells' ||
        verb.lower === 'warned';
      return bridged ? k : -1;
    }
    if (/[.;:!?]/.test(scope.text.slice(verb.end, words[k]!.start))) return -1;
  }
  return -1;
}

/**
 * True when a quotation of its own opens at `from`: not a quoted fragment that the clause runs on after
 * ('told MPs that "every independent expert" had suggested …'), which stays part of the reported clause.
 */
function quotationAt(scope: ClaimScope, from: number, to: number): boolean {
  if (!quoteOpensAt(scope, from, to)) return false;
  const q = scope.quotes.find((x) => x.open >= from && x.open < to);
  return !q || !/^\s+\p{Ll}/u.test(scope.text.slice(q.close, q.close + 3));
}

/** 'X claimed responsibility for …', 'after admitting it inflated profits': a claim of responsibility. */
function responsibility(v: VerbContext, verb: Word): boolean {
  const { scope, words, i } = v;
  scope.lexicon.responsibilityCues.lastIndex = 0;
  const cue = scope.lexicon.responsibilityCues.exec(scope.text.slice(verb.start, v.range.to).toLowerCase());
  const admits =
    scope.lexicon.admissionVerbs.has(verb.lower) && pronounWant(scope, words[i + 1]?.lower ?? '');
  if (!(cue && cue.index === 0) && !admits) return false;
  const speaker = speakerOf(v, verb);
  if (speaker) add(v, verb.start, speaker, 'RESPONSIBILITY', 'verb-clause', 0.7);
  return true;
}

function creditVerb(v: VerbContext, verb: Word): void {
  const { scope, words, i } = v;
  const speaker = speakerBefore(scope, verb.start, v.range.from);
  // 'congratulated X', 'thanked director X' — not 'thanks to its acquisition of X's firm'.
  if (words[i + 1]?.lower === 'to') return;
  const object = scope.mentions.find(
    (m) => m.evidence.start >= verb.end && m.evidence.start - verb.end <= 30,
  );
  if (!speaker || !object || object.kind !== 'ACTOR') return;
  if (/[,;(]|\b(?:of|to|for|with)\b/.test(scope.text.slice(verb.end, object.evidence.start))) return;
  add(v, verb.start, speaker, 'CREDIT', 'credit-verb', 0.65)?.creditedByVerb.push(object);
}

/** 'one of several which the Pentagon believes to have eliminated': the clause around the verb. */
function raising(v: VerbContext, verb: Word): void {
  const comma = v.scope.text.lastIndexOf(',', verb.start);
  const clauseFrom = comma >= v.range.from ? comma + 1 : v.range.from;
  const speaker = speakerBefore(v.scope, verb.start, clauseFrom);
  if (speaker && speaker.mention.evidence.start >= clauseFrom)
    add(v, clauseFrom, speaker, 'REPORT', 'verb-clause', 0.6);
}

function reportingVerb(v: VerbContext, verb: Word, kind: ClaimKind | undefined, credit: boolean): void {
  const { scope, words, i, range } = v;
  if (credit) return creditVerb(v, verb);
  if (responsibility(v, verb)) return;
  if (relayClaim(scope, words, i, range, v.out)) return;
  const intent = intentClause(scope.lexicon, words, i, scope.text);
  const intentSpeaker = intent === undefined ? undefined : speakerOf(v, verb);
  if (intent !== undefined)
    return void (intentSpeaker && add(v, intent, intentSpeaker, 'STATEMENT', 'verb-clause', 0.6));
  if (scope.lexicon.raisingVerbs.has(verb.lower) && words[i + 1]?.lower === 'to') return raising(v, verb);
  const that = thatAfter(v, verb);
  if (that >= 0 && !quotationAt(scope, words[that]!.end, range.to)) {
    const speaker = speakerOf(v, verb);
    if (speaker) add(v, words[that]!.end, speaker, kind!, 'verb-that', 0.7);
    return;
  }
  const mid = midAttribution(scope, verb, range);
  if (mid) {
    const speaker =
      speakerBefore(scope, verb.start, mid.open + 1) ?? speakerAfter(scope, verb.end, mid.close);
    if (speaker) add(v, mid.span.start, speaker, kind!, 'mid-sentence', 0.65, mid.span.end);
    return;
  }
  const trailing = trailingComma(scope, verb, range.to, range.from);
  if (trailing !== undefined) {
    const speaker = speakerBefore(scope, verb.start, trailing) ?? speakerAfter(scope, verb.end, range.to);
    // '…, the chancellor said the cuts …, he told activists': the speaker's claim before is the statement,
    // and it ends at the comma (the trailing words are attribution, not claim).
    const repeated = v.out.find(
      (c) =>
        c.start < trailing && c.end > range.from && c.speaker.mention.entityId === speaker?.mention.entityId,
    );
    if (repeated && repeated.end > trailing) repeated.end = trimSpan(scope, repeated.start, trailing).end;
    if (speaker && !repeated) add(v, range.from, speaker, kind!, 'trailing', 0.7, trailing);
    return;
  }
  if (scope.lexicon.thatOnlyVerbs.has(verb.lower)) return;
  // 'described it as …', 'described the DC Comics character as …', not 'described the scene'
  if (scope.lexicon.asVerbs.has(verb.lower) && !asFollows(scope.text, words, i)) return;
  bareClause(v, verb, kind!);
}

/** True when the word cannot be a reporting verb here: a name, a passive, or a quote's attribution. */
function skipped(v: VerbContext, verb: Word, usedVerbs: ReadonlySet<number>): boolean {
  const { scope, words, i } = v;
  // 'the Islamic State', 'United States': a capitalised word inside a sentence is a name, not a verb.
  if (/^\p{Lu}/u.test(verb.text) && i > 0) return true;
  if (usedVerbs.has(verb.start)) return true;
  if (!v.nested && insideQuote(scope, verb.start)) return true;
  if (quoteOpensAt(scope, verb.end, v.range.to)) return true;
  // 'if the watchdog believes …': a condition reports nothing said.
  const lead = words.slice(Math.max(0, i - 5), i);
  const condition = lead.findLastIndex((w) => scope.lexicon.syntax.conditionalWords.has(w.lower));
  if (condition >= 0 && !/[,;:]/.test(scope.text.slice(lead[condition]!.end, verb.start))) return true;
  // 'was denied', 'has been accused': a passive names no speaker.
  const be = scope.lexicon.syntax.beForms;
  const previous = words[i - 1];
  // 'ruled that alleged breaches …', 'the alleged plot': a participle after a determiner is an adjective.
  if (previous && scope.lexicon.syntax.determiners.has(previous.lower)) return true;
  if (previous && be.has(previous.lower)) return true;
  return previous !== undefined && /ly$/.test(previous.lower) && be.has(words[i - 2]?.lower ?? '');
}

/**
 * Reported speech between `from` and `to` (one sentence, or a quote's inside for nested claims):
 * 'according to X, …', 'X said (that) …', 'X confirmed that …', '…, X said.', '…, said X.',
 * 'X denied …', 'X accused Y of …', 'X claimed responsibility for …' (RESPONSIBILITY) and 'X
 * congratulated Y on …' (a credit). Verbs already used as the attribution of a direct quote are skipped.
 */
export function findReportedSpeech(
  scope: ClaimScope,
  from: number,
  to: number,
  usedVerbs: ReadonlySet<number>,
  nested: boolean,
): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  accordingTo(scope, from, to, out);
  const words = wordsOf(scope.text.slice(from, to), from);
  for (let i = 0; i < words.length; i++) {
    const verb = words[i]!;
    const v: VerbContext = { scope, words, i, range: { from, to }, nested, out };
    if (scope.lexicon.appealVerbs.has(verb.lower) && words[i + 1]?.lower === 'for') {
      appeal(scope, verb, v.range, nested, out);
      continue;
    }
    const addressee = appealAddressee(scope.lexicon, words, i, scope.text);
    if (addressee !== undefined) {
      appeal(scope, verb, v.range, nested, out, addressee);
      continue;
    }
    const kind = scope.lexicon.verbKind.get(verb.lower);
    const credit = scope.lexicon.creditVerbs.has(verb.lower);
    if (kind === undefined && !credit) continue;
    if (skipped(v, verb, usedVerbs)) continue;
    reportingVerb(v, verb, kind, credit);
  }
  return out;
}
