import type { ClaimKind } from '../../../domain.js';
import { sentenceAt } from '../events/sentence-mentions.js';
import { DETERMINERS, wordsOf } from '../events/words.js';
import type { ClaimCandidate } from './claim-candidate.js';
import type { QuoteSpan } from './find-quotes.js';
import type { ClaimScope, Speaker } from './claim-scope.js';
import { relaysIn, speakerAfter, speakerBefore } from './find-speaker.js';
import { quoteSentences } from './quote-sentences.js';

const MIN_QUOTE_WORDS = 3;

interface Attribution {
  speaker: Speaker;
  kind: ClaimKind;
  verbStart: number;
  rule: ClaimCandidate['rule'];
  /** The text range holding the attribution (for relays: 'speaking to Y', 'relayed to Y'). */
  from: number;
  to: number;
}

function kindOf(scope: ClaimScope, verb: string): ClaimKind | undefined {
  return scope.lexicon.verbKind.get(verb);
}

/** '“…,” said X', '“…,” X added', '“…,” he declared'. */
function attributionAfter(scope: ClaimScope, q: QuoteSpan, limit: number): Attribution | undefined {
  const lead = /^[\s,.!?…]*/.exec(scope.text.slice(q.close, limit))![0];
  const from = q.close + lead.length;
  const words = wordsOf(scope.text.slice(from, Math.min(limit, from + 160)), from);
  const first = words[0];
  if (!first) return undefined;
  const firstKind = kindOf(scope, first.lower);
  if (firstKind) {
    const speaker = speakerAfter(scope, first.end, limit);
    return (
      speaker && {
        speaker,
        kind: firstKind,
        verbStart: first.start,
        rule: 'quote-after',
        from: q.close,
        to: limit,
      }
    );
  }
  // '<speaker> <verb>' within a short reach: the speaker must start right after the quote.
  for (let k = 1; k < words.length && k <= 20; k++) {
    const verb = words[k]!;
    const kind = kindOf(scope, verb.lower);
    if (!kind) continue;
    if (/[.;:!?“”"]/.test(scope.text.slice(from, verb.start).replace(/\b(?:[A-Z]\.){1,3}/g, '')))
      return undefined;
    const speaker = speakerBefore(scope, verb.start, from);
    if (!speaker) return undefined;
    // The speaker starts right after the quote, or after a short description ('the play's organiser in Uganda, X').
    const lead = scope.text.slice(from, speaker.mention.evidence.start);
    // A pronoun or a noun phrase must follow the quote at once ('“…,” he said', '“…,” the firm added'),
    // not end a clause of its own ('“classic market research”, such as …, did not …, he said').
    if (speaker.how === 'pronoun' || speaker.how === 'noun-phrase') {
      if (k > (speaker.how === 'pronoun' ? 2 : 5)) return undefined;
      return { speaker, kind, verbStart: verb.start, rule: 'quote-after', from: q.close, to: limit };
    }
    const startsHere =
      /^(?:the\s+)?$/i.test(lead) ||
      (lead.length <= 70 && /^(?:the|a|an|its|their|his|her)\s+[\p{L}\p{N}'’\s-]*,?\s*$/iu.test(lead)) ||
      // 'union leader X', 'Axa spokesman X' — not 'while the Liberal Democrats said'.
      (/^(?:[\p{L}\p{N}'’&.-]+\s+){1,4}$/u.test(lead) &&
        !scope.lexicon.syntax.leadConjunctions.has(/^\p{L}+/u.exec(lead)?.[0]?.toLowerCase() ?? ''));
    if (!startsHere) return undefined;
    return { speaker, kind, verbStart: verb.start, rule: 'quote-after', from: q.close, to: limit };
  }
  return undefined;
}

/** Lower-case words between a verb and a quote that are no preposition, determiner, 'that' or time word. */
function clauseWords(scope: ClaimScope, from: number, to: number): number {
  const syntax = scope.lexicon.syntax;
  return wordsOf(scope.text.slice(from, to)).filter(
    (w) =>
      /^\p{Ll}/u.test(w.text) &&
      w.lower !== 'that' &&
      !scope.prepositions.has(w.lower) &&
      !DETERMINERS.has(w.lower) &&
      !syntax.thatBridges.has(w.lower) &&
      !syntax.leadTimeWords.has(w.lower) &&
      !syntax.speakerFillers.has(w.lower),
  ).length;
}

function embeddedFragment(scope: ClaimScope, q: QuoteSpan, verbEnd: number): boolean {
  const lead = wordsOf(scope.text.slice(verbEnd, q.open)).at(-1);
  const opensPhrase =
    lead !== undefined && (DETERMINERS.has(lead.lower) || scope.prepositions.has(lead.lower));
  return opensPhrase && /^\s+\p{Ll}/u.test(scope.text.slice(q.close, q.close + 3));
}

/** 'X said: “…”', 'X stated that: “…”', 'X said Friday at the Pentagon “…”', 'SANA reported “…”'. */
function attributionBefore(scope: ClaimScope, q: QuoteSpan, floor: number): Attribution | undefined {
  const reach = Math.max(floor, q.open - 200);
  const words = wordsOf(scope.text.slice(reach, q.open), reach);
  for (let k = words.length - 1; k >= 0; k--) {
    const verb = words[k]!;
    const between = scope.text.slice(verb.end, q.open);
    // 'said in an interview with The Spectator magazine: "…"': adjuncts before a colon may run longer.
    const reach = /:\s*$/.test(between) ? 110 : 45;
    if (between.length > reach || /[.;!?“”"]/.test(between.replace(/\b(?:[A-Z]\.){1,3}/g, '')))
      return undefined;
    // 'praised the "spirit of cooperation" in achieving …': a quoted fragment inside a phrase that runs
    // on is part of a reported statement, not a quotation of its own.
    if (embeddedFragment(scope, q, verb.end)) return undefined;
    const kind = kindOf(scope, verb.lower);
    if (!kind) continue;
    // 'X said the watchdog received “very few complaints”': a clause before the quote makes it part of
    // reported speech, not the statement itself.
    if (!between.includes(':') && clauseWords(scope, verb.end, q.open) >= 2) return undefined;
    const speaker = speakerBefore(scope, verb.start, floor);
    if (!speaker) return undefined;
    return { speaker, kind, verbStart: verb.start, rule: 'quote-before', from: floor, to: q.open };
  }
  return undefined;
}

/**
 * 'Her lawyer said her client would sue. "I think that is the only avenue."': a quote that opens a
 * sentence right after a reported statement in the same paragraph, with no attribution of its own,
 * continues the speaker of that statement.
 */
function continuedFromReport(scope: ClaimScope, q: QuoteSpan): Attribution | undefined {
  const here = sentenceAt(scope.sentences, q.start);
  const previous = here ? scope.sentences[here.index - 1] : undefined;
  if (!here || !previous || !/^\s*$/.test(scope.text.slice(here.start, q.open))) return undefined;
  const event = (scope.history ?? []).filter((e) => e.at >= previous.start && e.at < q.open).at(-1);
  if (!event || /\n\s*\n/.test(scope.text.slice(event.at, q.open))) return undefined;
  const speaker: Speaker = { mention: event.mention, how: 'pronoun', person: event.person };
  return { speaker, kind: 'STATEMENT', verbStart: -1, rule: 'quote-continued', from: q.open, to: q.open };
}

/**
 * Direct quotes with their speaker: the attribution after the quote is tried first, then the one
 * before it; a quote that directly continues the previous one ('… weeks. "We are going …') keeps
 * its speaker. Quotes of fewer than three words (scare quotes) are not claims.
 */
export function findQuoteClaims(scope: ClaimScope): { claims: ClaimCandidate[]; usedVerbs: Set<number> } {
  const claims: ClaimCandidate[] = [];
  const usedVerbs = new Set<number>();
  let previous: { q: QuoteSpan; speaker: Speaker; kind: ClaimKind } | undefined;
  for (const q of scope.quotes) {
    if (wordsOf(scope.text.slice(q.start, q.end)).length < MIN_QUOTE_WORDS) {
      previous = undefined;
      continue;
    }
    const closing = sentenceAt(scope.sentences, Math.max(q.start, q.close - 1));
    const limit = Math.min(scope.text.length, Math.max(closing?.end ?? q.close, q.close + 1), q.close + 160);
    const opening = sentenceAt(scope.sentences, q.open) ?? sentenceAt(scope.sentences, q.start);
    const floor = Math.max(opening?.start ?? 0, previous ? previous.q.close : 0);
    let attribution = attributionAfter(scope, q, limit) ?? attributionBefore(scope, q, floor);
    if (
      !attribution &&
      previous &&
      /^[\s\p{P}]*$/u.test(scope.text.slice(previous.q.close, q.open).replace(/[“”"]/g, ''))
    ) {
      attribution = {
        speaker: previous.speaker,
        kind: previous.kind,
        verbStart: -1,
        rule: 'quote-continued',
        from: q.open,
        to: q.open,
      };
    }
    attribution ??= continuedFromReport(scope, q);
    if (!attribution) {
      previous = undefined;
      continue;
    }
    usedVerbs.add(attribution.verbStart);
    const named = attribution.speaker.how === 'named';
    const relays = relaysIn(
      scope,
      Math.min(attribution.from, opening?.start ?? q.open),
      attribution.to,
      attribution.speaker.mention,
    ).filter((m) => m.evidence.start < q.start || m.evidence.start >= q.end);
    for (const span of quoteSentences(scope, q.start, q.end)) {
      if (wordsOf(scope.text.slice(span.start, span.end)).length < MIN_QUOTE_WORDS) continue;
      claims.push({
        ...span,
        speaker: attribution.speaker,
        relays,
        direct: true,
        kind: attribution.kind,
        creditedByVerb: [],
        confidence: attribution.rule === 'quote-continued' ? 0.7 : named ? 0.85 : 0.7,
        rule: attribution.rule,
      });
    }
    previous = { q, speaker: attribution.speaker, kind: attribution.kind };
  }
  return { claims, usedVerbs };
}
