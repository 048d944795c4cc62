/**
 * Claim extraction: attributed statements. Direct quotes with their speaker ('“…,” said X',
 * 'X said: “…”', '“…,” he declared'), reported speech ('according to X, …', 'X said that …',
 * '…, X said.'), the outlet that carried the words ('speaking to Y', 'relayed to Y'), and credit:
 * who a claim says deserves the achievement ('thanks to X', 'X played a key role').
 */
import { assertsFact } from './asserts-fact.js';
import type { Claim, ClaimKind, ClaimReport, Event, EventReport } from '../../../domain.js';
import type { ExtractContext } from '../context.js';
import { evidenceOf } from '../events/evidence.js';
import { sentenceAt, withoutOverlaps } from '../events/sentence-mentions.js';
import { TRIGGER_LEXICON } from '../events/trigger-lexicon.js';
import { findAbout } from './find-about.js';
import type { ClaimCandidate } from './claim-candidate.js';
import { claimId } from './claim-identity.js';
import { findCredits } from './find-credits.js';
import { findQuotes } from './find-quotes.js';
import type { ClaimScope } from './claim-scope.js';
import { findQuoteClaims } from './quote-claims.js';
import { preferTrackedSpeaker } from './prefer-tracked-speaker.js';
import { findReportedSpeech } from './reported-speech.js';
import { SPEECH_LEXICON } from './speech-lexicon.js';
import { trackSpeakers } from './track-speakers.js';

/** Name of this extractor on every fact it produces. */
export const CLAIM_EXTRACTOR = 'rules/claims';
/** Name on claims read from the backbone's dependency parse. */
export const PARSE_CLAIM_EXTRACTOR = 'corenlp+rules/claims';

/** Claims found another way (the backbone's parse); a rules claim overlapping one of them gives way. */
export interface ExtraClaims {
  find: (scope: ClaimScope) => ClaimCandidate[];
}

function overlapping(a: ClaimCandidate, b: ClaimCandidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when a statement blames someone ('its lack of seriousness', 'breached the convention'). */
export function blames(scope: ClaimScope, text: string): boolean {
  scope.lexicon.accusationCues.lastIndex = 0;
  return scope.lexicon.accusationCues.test(text.toLowerCase());
}

/** True when a statement tells what happened ('… were killed', 'now fully cleared of …', 'under control'). */
export function reportsEvents(scope: ClaimScope, text: string): boolean {
  scope.lexicon.reportCues.lastIndex = 0;
  return scope.lexicon.reportCues.test(text.toLowerCase());
}

/**
 * 'She said the woman gave evidence that she believed strengthened her case': a claim inside another
 * claim of the same speaker in one sentence repeats it, and is dropped.
 */
function withoutRepeats(found: ClaimCandidate[]): ClaimCandidate[] {
  return found.filter(
    (c) =>
      !found.some(
        (d) =>
          d !== c &&
          d.speaker.mention.entityId === c.speaker.mention.entityId &&
          d.start <= c.start &&
          d.end >= c.end &&
          d.end - d.start > c.end - c.start,
      ),
  );
}

function candidates(scope: ClaimScope): ClaimCandidate[] {
  const { claims: quoted, usedVerbs } = findQuoteClaims(scope);
  const out: ClaimCandidate[] = [...quoted];
  // Reported speech inside a quote ('Assad … underlined that …', said Peskov): the inner speaker's
  // claim, carried by the outer speaker.
  for (const outer of quoted) {
    for (const inner of findReportedSpeech(scope, outer.start, outer.end, usedVerbs, true)) {
      if (inner.speaker.mention.entityId === outer.speaker.mention.entityId) continue;
      inner.relays = [outer.speaker.mention];
      inner.confidence = Math.min(inner.confidence, outer.confidence) - 0.05;
      inner.rule = 'nested';
      out.push(inner);
      outer.kind = 'REPORT';
    }
  }
  for (const sentence of scope.sentences) {
    out.push(...withoutRepeats(findReportedSpeech(scope, sentence.start, sentence.end, usedVerbs, false)));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Extracts the claims of one article, each with one report per place it is made. `events` and
 * `eventReports` (from `extractEvents`) let a claim point at the events it is about. Pure and
 * deterministic.
 */
export function extractClaims(
  input: ExtractContext,
  events: Event[],
  eventReports: EventReport[],
  extra?: ExtraClaims,
): { claims: Claim[]; claimReports: ClaimReport[] } {
  const { article } = input;
  const scope: ClaimScope = {
    text: article.text,
    sentences: input.sentences,
    mentions: withoutOverlaps(input.mentions),
    quotes: findQuotes(article.text),
    lexicon: SPEECH_LEXICON,
    prepositions: TRIGGER_LEXICON.prepositions,
  };
  trackSpeakers(scope);
  const ruled = candidates(scope);
  const parsed = preferTrackedSpeaker(extra ? extra.find(scope) : [], ruled);
  const found = [...ruled.filter((r) => !parsed.some((p) => overlapping(r, p))), ...parsed].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  const claims = new Map<string, Claim>();
  const claimReports: ClaimReport[] = [];
  for (const c of found) {
    const claimantId = c.speaker.mention.entityId;
    const text = article.text.slice(c.start, c.end);
    const id = claimId(claimantId, text);
    const nestedInside = found.filter(
      (n) => n.rule === 'nested' && n !== c && n.start >= c.start && n.end <= c.end,
    );
    // A quote that relays someone else's claim gives no credit of its own: the inner claim does.
    const credits: string[] = nestedInside.length > 0 ? [] : findCredits(scope, c, claimantId, input.actors);
    const creditedIds = [...new Set([...c.creditedByVerb.map((m) => m.entityId), ...credits])];
    let kind: ClaimKind =
      c.kind === 'RESPONSIBILITY'
        ? 'RESPONSIBILITY'
        : creditedIds.length > 0
          ? 'CREDIT'
          : c.kind === 'CREDIT'
            ? 'STATEMENT'
            : c.kind;
    if (kind === 'STATEMENT' && c.speaker.mention.type === 'MEDIA') kind = 'REPORT';
    if (kind === 'STATEMENT' && blames(scope, text)) kind = 'ACCUSATION';
    else if (kind === 'STATEMENT' && reportsEvents(scope, text)) kind = 'REPORT';
    else if (kind === 'STATEMENT' && assertsFact(scope.lexicon, text)) kind = 'REPORT';
    const relayedByIds = [...new Set(c.relays.map((m) => m.entityId))].filter((x) => x !== claimantId);
    const aboutIds = findAbout(scope, c, {
      events,
      eventReports,
      exclude: new Set([claimantId, ...creditedIds, ...relayedByIds]),
      achievement: kind === 'CREDIT',
    });
    const sentence =
      sentenceAt(input.sentences, c.start) ?? sentenceAt(input.sentences, Math.max(0, c.start - 1));
    if (!sentence) continue;
    const confidence = Math.round(Math.max(0.3, Math.min(0.95, c.confidence)) * 100) / 100;
    const existing = claims.get(id);
    if (existing) {
      existing.creditedIds = [...new Set([...existing.creditedIds, ...creditedIds])];
      existing.relayedByIds = [...new Set([...existing.relayedByIds, ...relayedByIds])];
      existing.aboutIds = [...new Set([...existing.aboutIds, ...aboutIds])];
      existing.confidence = Math.max(existing.confidence, confidence);
    } else {
      claims.set(id, {
        id,
        kind,
        text,
        direct: c.direct,
        claimantId,
        relayedByIds,
        creditedIds,
        aboutIds,
        confidence,
        extractor: c.rule.startsWith('parse-') ? PARSE_CLAIM_EXTRACTOR : CLAIM_EXTRACTOR,
        extractorVersion: input.extractorVersion,
      });
    }
    const extractor = c.rule.startsWith('parse-') ? PARSE_CLAIM_EXTRACTOR : CLAIM_EXTRACTOR;
    claimReports.push({
      claimId: id,
      evidence: evidenceOf(article.id, sentence, c, confidence, extractor, input.extractorVersion),
    });
  }
  return { claims: [...claims.values()], claimReports };
}
