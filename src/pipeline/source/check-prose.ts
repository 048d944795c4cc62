/** Limits that tell prose from data dumps; see {@link checkProse}. */
export interface ProseLimits {
  /** Longest run of non-space characters a word may be. */
  maxWordChars: number;
  /** Longest stretch with no sentence end (. ! ? or line break). */
  maxSentenceChars: number;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x3000
  );
}

function endsSentence(code: number): boolean {
  // . ! ? line feed, and the CJK full stops 。！？
  return (
    code === 0x2e ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x0a ||
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f
  );
}

/**
 * Says why `text` is not prose, in one linear pass (so a megabyte with no space cannot slow anything
 * down): a "word" longer than `maxWordChars`, or a stretch longer than `maxSentenceChars` with no
 * sentence end. Undefined when it reads like prose.
 */
export function checkProse(text: string, limits: ProseLimits): string | undefined {
  let word = 0;
  let sentence = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    word = isSpace(code) ? 0 : word + 1;
    sentence = endsSentence(code) ? 0 : sentence + 1;
    if (word > limits.maxWordChars) {
      return `not prose: a ${longest(text, i - word + 1, isSpace)}-character run with no space at character ${i - word + 1} (the limit is ${limits.maxWordChars}; raise maxWordChars if this is expected)`;
    }
    if (sentence > limits.maxSentenceChars) {
      return `not prose: more than ${limits.maxSentenceChars} characters with no sentence break at character ${i - sentence + 1} (raise maxSentenceChars if this is expected)`;
    }
  }
  return undefined;
}

function longest(text: string, from: number, stop: (code: number) => boolean): number {
  let i = from;
  while (i < text.length && !stop(text.charCodeAt(i))) i++;
  return i - from;
}
