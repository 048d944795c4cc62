import type { ClaimKind } from '../../../domain.js';
import { findPhrases, wordsOf } from '../events/words.js';
import type { Word } from '../events/words.js';
import type { ClaimCandidate } from './claim-candidate.js';
import { insideQuote, relaysIn, speakerAfter, speakerBefore } from './find-speaker.js';
import type { ClaimScope, Speaker } from './find-speaker.js';
import { CLAUSE_VERBS } from './speech-lexicon.js';

const MIN_WORDS = 3;

const CLAUSE_JOINT = /,\s+(?:while|whereas)\b|;/;

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  const joint = CLAUSE_JOINT.exec(text.slice(s, e));
  if (joint && joint.index > 0) e = s + joint.index;
  while (s < e && /[\s,:;—–-]/.test(text[s]!)) s++;
  while (e > s && /[\s,.;:!?—–-]/.test(text[e - 1]!)) e--;
  // A quote mark at one edge only belongs to a quotation cut in two.
  const inner = text.slice(s, e);
  const marks = (inner.match(/["“”]/g) ?? []).length;
  if (marks % 2 === 1 && /^["“”]/.test(inner)) s++;
  else if (marks % 2 === 1 && /["“”]$/.test(inner)) e--;
  return { start: s, end: e };
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const THAT_BRIDGES = new Set([
  'yesterday',
  'today',
  'last',
  'this',
  'earlier',
  'later',
  'again',
  'also',
  'publicly',
]);

function wordCount(text: string, span: { start: number; end: number }): number {
  return wordsOf(text.slice(span.start, span.end)).length;
}

function quoteOpensAt(scope: ClaimScope, from: number, to: number): boolean {
  return scope.quotes.some(
    (q) => q.open >= from && q.open < to && /^[\s:,—–-]*$/.test(scope.text.slice(from, q.open)),
  );
}

function push(
  out: ClaimCandidate[],
  scope: ClaimScope,
  span: { start: number; end: number },
  speaker: Speaker,
  kind: ClaimKind,
  rule: ClaimCandidate['rule'],
  confidence: number,
  relayRange: { from: number; to: number },
): void {
  const trimmed = trimSpan(scope.text, span.start, span.end);
  if (wordCount(scope.text, trimmed) < MIN_WORDS) return;
  // A quotation inside the span is a direct claim of its own ('"…," said X, … told Reuters').
  if (
    rule !== 'nested' &&
    scope.quotes.some(
      (q) =>
        q.start < trimmed.end &&
        q.end > trimmed.start &&
        wordCount(scope.text, q) >= MIN_WORDS &&
        !(
          q.start >= trimmed.start &&
          q.end <= trimmed.end &&
          q.end - q.start < (trimmed.end - trimmed.start) / 2
        ),
    )
  ) {
    return;
  }
  if (out.some((c) => c.start === trimmed.start && c.end === trimmed.end)) return;
  out.push({
    ...trimmed,
    speaker,
    relays: relaysIn(scope, relayRange.from, relayRange.to, speaker.mention),
    direct: false,
    kind,
    creditedByVerb: [],
    confidence: speaker.how === 'named' ? confidence : confidence - 0.1,
    rule,
  });
}

function accordingTo(scope: ClaimScope, from: number, to: number, out: ClaimCandidate[]): void {
  for (const cue of findPhrases(scope.lexicon.accordingTo, scope.text.slice(from, to), from)) {
    const comma = scope.text.indexOf(',', cue.end);
    const npEnd = comma >= 0 && comma < to ? comma : to;
    const speaker = speakerAfter(scope, cue.end, npEnd);
    if (!speaker) continue;
    const lead = scope.text.slice(from, cue.start);
    if (wordsOf(lead).length <= 2 && npEnd < to) {
      // 'According to X, which has …, the claim': skip a relative clause on the source.
      let start = npEnd + 1;
      if (/^\s*(?:which|who)\b/.test(scope.text.slice(start, to))) {
        const next = scope.text.indexOf(',', start);
        if (next < 0 || next >= to) continue;
        start = next + 1;
      }
      push(out, scope, { start, end: to }, speaker, 'REPORT', 'according-to', 0.75, { from, to });
    } else if (/,\s*$/.test(lead)) {
      push(out, scope, { start: from, end: cue.start }, speaker, 'REPORT', 'according-to', 0.75, {
        from,
        to,
      });
    }
  }
}

/** Start of a trailing attribution (', X said.' / ', said X.') when the verb ends the sentence. */
function trailingComma(scope: ClaimScope, verb: Word, to: number, from: number): number | undefined {
  // A participle ('…, saying the UN should …') opens a clause; it never ends an attribution.
  if (verb.lower.endsWith('ing')) return undefined;
  const tail = scope.text.slice(verb.end, to).trim();
  if (tail.length > 60 || /\b(?:that|to)\b/.test(tail) || /[“”"]/.test(tail)) return undefined;
  // After the verb: nothing, the speaker or addressee ('said Mr Smith', 'told the BBC'), or a time.
  if (tail !== '' && !/^[.!?]?$/.test(tail)) {
    const named = scope.mentions.some(
      (m) => m.evidence.start >= verb.end && m.evidence.start - verb.end <= 6,
    );
    if (!named && !/^(?:on|in|at|last|this|yesterday|today|earlier|later)\b/i.test(tail)) return undefined;
  }
  const head = scope.text.slice(Math.max(from, verb.start - 80), verb.start);
  const comma = head.lastIndexOf(',');
  if (comma < 0 || /\b(?:which|who|whom|that|what|where|when|as)\b/i.test(head.slice(comma)))
    return undefined;
  const absolute = Math.max(from, verb.start - 80) + comma;
  return absolute - from >= 15 ? absolute : undefined;
}

/**
 * 'X has appealed for …', 'showed X asking for …': a request is a claim of the actor named right
 * before the verb (only fillers like 'has' or 'also' between), from the verb to the sentence end.
 */
function appeal(
  scope: ClaimScope,
  verb: Word,
  from: number,
  to: number,
  nested: boolean,
  out: ClaimCandidate[],
): void {
  if (/^\p{Lu}/u.test(verb.text) || (!nested && insideQuote(scope, verb.start))) return;
  const speaker = speakerBefore(scope, verb.start, from);
  if (!speaker) return;
  const gap = wordsOf(scope.text.slice(speaker.mention.evidence.end, verb.start));
  if (speaker.how === 'named' && !gap.every((w) => APPEAL_FILLERS.has(w.lower))) return;
  push(
    out,
    scope,
    { start: verb.start, end: to },
    speaker,
    'STATEMENT',
    nested ? 'nested' : 'verb-clause',
    0.6,
    {
      from,
      to,
    },
  );
}

const APPEAL_FILLERS = new Set([
  'has',
  'have',
  'had',
  'also',
  'again',
  'later',
  'today',
  'yesterday',
  'publicly',
]);

/**
 * Reported speech between `from` and `to` (one sentence, or a quote's inside for nested claims):
 * 'according to X, …', 'X said (that) …', 'X confirmed that …', '…, X said.', '…, said X.',
 * 'X denied …', 'X accused Y of …', and 'X congratulated Y on …' (a credit). Verbs already used
 * as the attribution of a direct quote are skipped.
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
    if (scope.lexicon.appealVerbs.has(verb.lower) && words[i + 1]?.lower === 'for') {
      appeal(scope, verb, from, to, nested, out);
      continue;
    }
    const kind = scope.lexicon.verbKind.get(verb.lower);
    const credit = scope.lexicon.creditVerbs.has(verb.lower);
    if (kind === undefined && !credit) continue;
    // 'the Islamic State', 'United States': a capitalised word inside a sentence is a name, not a verb.
    if (/^\p{Lu}/u.test(verb.text) && i > 0) continue;
    if (usedVerbs.has(verb.start)) continue;
    if (!nested && insideQuote(scope, verb.start)) continue;
    if (quoteOpensAt(scope, verb.end, to)) continue;
    // 'was denied', 'has been accused': a passive names no speaker.
    const previousWord = words[i - 1];
    if (previousWord && BE_FORMS.has(previousWord.lower)) continue;
    if (previousWord && /ly$/.test(previousWord.lower) && BE_FORMS.has(words[i - 2]?.lower ?? '')) continue;
    if (credit) {
      const speaker = speakerBefore(scope, verb.start, from);
      // 'congratulated X', 'thanked director X' — not 'thanks to its acquisition of X's firm'.
      if (words[i + 1]?.lower === 'to') continue;
      const object = scope.mentions.find(
        (m) => m.evidence.start >= verb.end && m.evidence.start - verb.end <= 30,
      );
      if (!speaker || !object || object.kind !== 'ACTOR') continue;
      if (/[,;(]|\b(?:of|to|for|with)\b/.test(scope.text.slice(verb.end, object.evidence.start))) continue;
      const before = out.length;
      push(out, scope, { start: verb.start, end: to }, speaker, 'CREDIT', 'credit-verb', 0.65, { from, to });
      if (out.length > before) out[out.length - 1]!.creditedByVerb.push(object);
      continue;
    }
    // 'one of several which the Pentagon believes to have eliminated': the clause around the verb.
    if (scope.lexicon.raisingVerbs.has(verb.lower) && words[i + 1]?.lower === 'to') {
      const comma = scope.text.lastIndexOf(',', verb.start);
      const clauseFrom = comma >= from ? comma + 1 : from;
      const speaker = speakerBefore(scope, verb.start, clauseFrom);
      if (speaker && speaker.mention.evidence.start >= clauseFrom) {
        push(
          out,
          scope,
          { start: clauseFrom, end: to },
          speaker,
          'REPORT',
          nested ? 'nested' : 'verb-clause',
          0.6,
          {
            from,
            to,
          },
        );
      }
      continue;
    }
    // 'X said that …' (also 'said in the past that', 'told reporters that')
    let thatIndex = -1;
    for (let k = i + 1; k <= i + 6 && k < words.length; k++) {
      if (words[k]!.lower === 'that') {
        // 'said that', 'said in the past that', 'told reporters that' — not 'said the people that …'.
        const first = words[i + 1]!;
        const bridged =
          k === i + 1 ||
          scope.prepositions.has(first.lower) ||
          THAT_BRIDGES.has(first.lower) ||
          /ly$/.test(first.lower) ||
          verb.lower === 'told' ||
          verb.lower === 'tells' ||
          verb.lower === 'warned';
        if (bridged) thatIndex = k;
        break;
      }
      if (/[.;:!?]/.test(scope.text.slice(verb.end, words[k]!.start))) break;
    }
    const trailing = trailingComma(scope, verb, to, from);
    if (thatIndex >= 0 && !quoteOpensAt(scope, words[thatIndex]!.end, to)) {
      const speaker = speakerBefore(scope, verb.start, from);
      if (speaker) {
        push(
          out,
          scope,
          { start: words[thatIndex]!.end, end: to },
          speaker,
          kind!,
          nested ? 'nested' : 'verb-that',
          0.7,
          { from, to },
        );
      }
      continue;
    }
    if (trailing !== undefined) {
      const speaker = speakerBefore(scope, verb.start, trailing) ?? speakerAfter(scope, verb.end, to);
      if (speaker)
        push(
          out,
          scope,
          { start: from, end: trailing },
          speaker,
          kind!,
          nested ? 'nested' : 'trailing',
          0.7,
          { from, to },
        );
      continue;
    }
    const next = words[i + 1];
    if (scope.lexicon.thatOnlyVerbs.has(verb.lower)) continue;
    // 'described it as …', not 'described the scene'
    if (scope.lexicon.asVerbs.has(verb.lower) && !words.slice(i + 1, i + 5).some((w) => w.lower === 'as'))
      continue;
    if (next && (CLAUSE_VERBS.has(verb.lower) || kind === 'DENIAL' || kind === 'ACCUSATION')) {
      if (/[,.;:!?]/.test(scope.text.slice(verb.end, next.start))) continue;
      if (
        ['by', 'in', 'on', 'at', 'of', 'to', 'for', 'with', 'about', 'as', 'and', 'but', 'or'].includes(
          next.lower,
        )
      )
        continue;
      const speaker = speakerBefore(scope, verb.start, from);
      if (!speaker) continue;
      let start = verb.end;
      if (verb.lower === 'told' || verb.lower === 'tells') {
        // 'told Y (that) …': skip the addressee
        const addressee = scope.mentions.find(
          (m) => m.evidence.start >= verb.end && m.evidence.start - verb.end <= 2,
        );
        if (addressee) start = addressee.evidence.end;
        else continue;
      }
      push(out, scope, { start, end: to }, speaker, kind!, nested ? 'nested' : 'verb-clause', 0.6, {
        from,
        to,
      });
    }
  }
  return out;
}
