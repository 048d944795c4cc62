/**
 * Surface-insensitive keys for names and texts, so that scoring ignores case, diacritics, a leading
 * "the", possessive 's, dots in acronyms, curly quotes, hyphens and spacing — and nothing else.
 */

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'");
}

/**
 * The comparison key of a name: "The Syrian Army's" → "syrianarmy", "U.S." → "us",
 * "Deir ez-Zor" and "Deir Ezzor" → "deirezzor", "Ma’mūn" → "mamun". An empty string when the name has
 * no letters or digits.
 */
export function nameKey(name: string): string {
  const words = fold(name)
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join('');
}

/** Word tokens of a text for overlap measures: folded like {@link nameKey}, one entry per word. */
export function textTokens(text: string): string[] {
  return fold(text)
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '');
}

/** How much two texts share, as counts of common tokens (multiset intersection). */
export function tokenOverlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(token, left - 1);
    }
  }
  return shared;
}

/** Share of the gold text's tokens a predicted text must cover. */
export const MIN_GOLD_COVERAGE = 0.5;
/** Share of the predicted text's tokens that must come from the gold text (stops "the whole paragraph"). */
export const MIN_PREDICTION_PRECISION = 0.3;

/**
 * Whether a predicted claim text overlaps a gold claim text: it covers at least half of the gold
 * tokens, and at least 30 % of its own tokens are gold tokens. Returns the Dice coefficient when it
 * does (a score to prefer the closer of several candidates) and 0 when it does not.
 */
export function textOverlapScore(gold: string, predicted: string): number {
  const goldTokens = textTokens(gold);
  const predictedTokens = textTokens(predicted);
  if (goldTokens.length === 0 || predictedTokens.length === 0) return 0;
  const shared = tokenOverlap(goldTokens, predictedTokens);
  const coverage = shared / goldTokens.length;
  const precision = shared / predictedTokens.length;
  if (coverage < MIN_GOLD_COVERAGE || precision < MIN_PREDICTION_PRECISION) return 0;
  return (2 * shared) / (goldTokens.length + predictedTokens.length);
}

/** Share of either text's tokens the other must contain for two texts to be the same statement. */
export const MIN_ANCHOR_SHARE = 0.5;
/** Shortest predicted text (in tokens) that may anchor by being contained in the gold text. */
export const MIN_ANCHOR_TOKENS = 3;

/**
 * Whether a predicted claim text is about the same statement as a gold text, however loose its
 * boundaries: it contains at least half of the gold tokens, or (with at least 3 tokens) at least half
 * of its own tokens are gold tokens. Returns the Dice coefficient when it is (to prefer the closer of
 * several candidates, and as the span overlap) and 0 when it is not. {@link textOverlapScore} is the
 * stricter test of an acceptable span.
 */
export function textAnchorScore(gold: string, predicted: string): number {
  const goldTokens = textTokens(gold);
  const predictedTokens = textTokens(predicted);
  if (goldTokens.length === 0 || predictedTokens.length === 0) return 0;
  const shared = tokenOverlap(goldTokens, predictedTokens);
  const coverage = shared / goldTokens.length;
  const inside = predictedTokens.length >= MIN_ANCHOR_TOKENS ? shared / predictedTokens.length : 0;
  if (coverage < MIN_ANCHOR_SHARE && inside < MIN_ANCHOR_SHARE) return 0;
  return (2 * shared) / (goldTokens.length + predictedTokens.length);
}

/** Share of the gold sentence's tokens a predicted event's sentence must contain to report it. */
export const MIN_SENTENCE_COVERAGE = 0.8;

/**
 * Whether a predicted event's evidence sentence is the sentence a gold event quotes (the gold keeps a
 * distinctive substring): it holds at least 80 % of the gold tokens. Spacing, case and quotes are
 * ignored.
 */
export function sentenceCovers(goldSentence: string, predictedSentence: string): boolean {
  const goldTokens = textTokens(goldSentence);
  if (goldTokens.length === 0) return false;
  const shared = tokenOverlap(goldTokens, textTokens(predictedSentence));
  return shared / goldTokens.length >= MIN_SENTENCE_COVERAGE;
}
