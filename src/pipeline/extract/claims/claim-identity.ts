import { createHash } from 'node:crypto';

/** The words of a claim with case, quote marks, punctuation and spacing normalised away. */
export function normaliseClaimText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Stable claim id from who said it and what was said — not from the article — so one quote
 * carried by two outlets is one claim with two reports.
 */
export function claimId(claimantId: string, text: string): string {
  const key = `${claimantId}|${normaliseClaimText(text)}`;
  return `clm_${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16)}`;
}
