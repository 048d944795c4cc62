import type { ClaimCandidate } from './claim-candidate.js';

function overlapping(a: ClaimCandidate, b: ClaimCandidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The parse finds a claim's span well, but its own reading of 'he said', 'it added' or 'the firm said'
 * looks only at the sentences just before; the rules follow who holds the floor through the article
 * (`trackSpeakers`). So a parse claim whose speaker is a pronoun or a noun phrase takes the speaker of a
 * rules claim over the same words, where there is one; a named speaker stays the parse's.
 */
export function preferTrackedSpeaker(
  parsed: readonly ClaimCandidate[],
  ruled: readonly ClaimCandidate[],
): ClaimCandidate[] {
  return parsed.map((p) => {
    if (p.speaker.how === 'named') return p;
    const rule = ruled.find((r) => overlapping(r, p));
    return rule ? { ...p, speaker: rule.speaker } : p;
  });
}
