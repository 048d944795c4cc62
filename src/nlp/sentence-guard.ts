/** Why a sentence was left to the rules instead of the backbone. */
export type FallbackReason = 'too-long' | 'odd-characters' | 'timeout' | 'rejected' | 'unavailable';

/** Limits beyond which a sentence goes to the rules: the parser's cost grows with length, and text that is mostly not prose (tables, code, other scripts) parses badly. */
export interface GuardLimits {
  maxChars: number;
  /** Smallest share of letters, digits and spaces among the characters. */
  minProseShare: number;
}

/** Of the 43,894 sentences of the BBC corpus (split by the rules' splitter), 13 are over 400 characters and 1 over 600. */
export const DEFAULT_GUARD_LIMITS: GuardLimits = { maxChars: 600, minProseShare: 0.85 };

const PROSE = /[\p{Script=Latin}\p{N}\s.,;:'"‘’“”()\-–—!?%&/$£€]/u;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/** The reason this sentence should not be sent to the backbone, or undefined when it may be. */
export function guardSentence(
  text: string,
  limits: GuardLimits = DEFAULT_GUARD_LIMITS,
): FallbackReason | undefined {
  if (text.length > limits.maxChars) return 'too-long';
  if (CONTROL.test(text)) return 'odd-characters';
  let prose = 0;
  let total = 0;
  for (const ch of text) {
    total += 1;
    if (PROSE.test(ch)) prose += 1;
  }
  if (total > 0 && prose / total < limits.minProseShare) return 'odd-characters';
  return undefined;
}
